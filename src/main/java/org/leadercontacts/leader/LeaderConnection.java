package org.leadercontacts.leader;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.PagedConnection;
import org.leadercontacts.common.Pager.Page;

@Type("LeaderConnection")
@Description("A page of leaders.")
public final class LeaderConnection extends PagedConnection {

    public LeaderConnection(Page<Leader> page) {
        super(page);
    }

    @NonNull
    @Description("The leaders of this page, each with its cursor.")
    public List<@NonNull Edge> getEdges() {
        return edges(Leader.class, (cursor, row) -> new Edge(cursor, new LeaderNode(row)));
    }

    @Type("LeaderEdge")
    @Description("A leader in a page, with its cursor.")
    public record Edge(@NonNull @Description("Opaque cursor of this position.") String cursor,
            @NonNull @Description("The leader.") LeaderNode node) {
    }
}
