package org.leadercontacts.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.changes.ChangeKind;
import org.leadercontacts.conversation.ConversationNode;

@Type("ConversationChange")
@Description("An edit of a conversation, as `conversationChanged` reports it.")
public final class ConversationChange {

    private final LiveChange live;

    ConversationChange(LiveChange live) {
        this.live = live;
    }

    @NonNull
    @Description("What the edit did.")
    public ChangeKind getChange() {
        return live.change().kind();
    }

    @Id
    @NonNull
    @Description("The conversation's ID; still given when it was deleted or merged.")
    public String getId() {
        return live.change().nodeId();
    }

    @Description("The conversation as it is now; null when it was deleted or merged (or deleted since).")
    public ConversationNode getConversation() {
        return (ConversationNode) live.node();
    }

    @Description("For `MERGED`: the conversation it was merged into, as it is now.")
    public ConversationNode getMergedInto() {
        return live.conversation();
    }
}
