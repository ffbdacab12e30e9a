package org.leadercontacts.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.changes.ChangeKind;
import org.leadercontacts.conversation.ConversationNode;
import org.leadercontacts.statement.StatementNode;

@Type("StatementChange")
@Description("An edit of a statement, as `statementChanged` reports it.")
public final class StatementChange {

    private final LiveChange live;

    StatementChange(LiveChange live) {
        this.live = live;
    }

    @NonNull
    @Description("What the edit did (`UPDATED` also when its conversation was merged into another, or its speaker "
            + "into another leader).")
    public ChangeKind getChange() {
        return live.change().kind();
    }

    @Id
    @NonNull
    @Description("The statement's ID; still given when it was deleted.")
    public String getId() {
        return live.change().nodeId();
    }

    @Description("The statement as it is now; null when it was deleted (or deleted since).")
    public StatementNode getStatement() {
        return (StatementNode) live.node();
    }

    @Description("The conversation it belongs to, as it is now; null when that was deleted.")
    public ConversationNode getConversation() {
        return live.conversation();
    }
}
