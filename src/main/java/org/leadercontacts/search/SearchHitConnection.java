package org.leadercontacts.search;

import java.util.List;
import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.PageInfo;

/** A page of hits; {@code totalCount} is a resolver in {@link SearchApi}, counted only when asked for. */
@Type("SearchHitConnection")
@Description("A page of search hits, best first.")
public final class SearchHitConnection {

    private final List<Edge> edges;
    private final PageInfo pageInfo;
    private final IntSupplier total;

    SearchHitConnection(List<Edge> edges, PageInfo pageInfo, IntSupplier total) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.total = total;
    }

    @NonNull
    @Description("The hits of this page, each with its cursor.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Where this page sits in the results.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @Ignore
    public int count() {
        return total.getAsInt();
    }

    @Type("SearchHitEdge")
    @Description("A search hit, with its cursor.")
    public record Edge(@NonNull @Description("Opaque cursor of this position.") String cursor,
            @NonNull @Description("The hit.") SearchHit node) {
    }
}
