package org.leadercontacts.topic;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.PagedConnection;
import org.leadercontacts.common.Pager.Page;

@Type("TopicConnection")
@Description("A page of topics.")
public final class TopicConnection extends PagedConnection {

    public TopicConnection(Page<Topic> page) {
        super(page);
    }

    @NonNull
    @Description("The topics of this page, each with its cursor.")
    public List<@NonNull Edge> getEdges() {
        return edges(Topic.class, (cursor, row) -> new Edge(cursor, new TopicNode(row)));
    }

    @Type("TopicEdge")
    @Description("A topic in a page, with its cursor.")
    public record Edge(@NonNull @Description("Opaque cursor of this position.") String cursor,
            @NonNull @Description("The topic.") TopicNode node) {
    }
}
