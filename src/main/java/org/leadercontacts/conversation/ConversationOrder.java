package org.leadercontacts.conversation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ConversationOrder")
@Description("Orderings of conversations.")
public enum ConversationOrder {
    @Description("Oldest first (by the start of the conversation's date).")
    DATE_ASC,
    @Description("Newest first.")
    DATE_DESC
}
