package org.leadercontacts.conversation;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.PagedConnection;
import org.leadercontacts.common.Pager.Page;

@Type("ConversationConnection")
@Description("A page of conversations.")
public final class ConversationConnection extends PagedConnection {

    public ConversationConnection(Page<Conversation> page) {
        super(page);
    }

    @NonNull
    @Description("The conversations of this page, each with its cursor.")
    public List<@NonNull Edge> getEdges() {
        return edges(Conversation.class, (cursor, row) -> new Edge(cursor, new ConversationNode(row)));
    }

    @Type("ConversationEdge")
    @Description("A conversation in a page, with its cursor.")
    public record Edge(@NonNull @Description("Opaque cursor of this position.") String cursor,
            @NonNull @Description("The conversation.") ConversationNode node) {
    }
}
