package org.leadercontacts.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("StatementOrder")
@Description("Orderings of statements.")
public enum StatementOrder {
    @Description("By the date of the conversation, oldest first; in document order within a conversation.")
    DATE_ASC,
    @Description("By the date of the conversation, newest first.")
    DATE_DESC
}
