package org.leadercontacts.conversation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ConversationKind")
@Description("How the conversation took place.")
public enum ConversationKind {
    @Description("A telephone conversation.")
    PHONE_CALL,
    @Description("An in-person meeting or talks, including a delegation's visit.")
    MEETING,
    @Description("An interview given to a news organisation.")
    INTERVIEW
}
