package org.leadercontacts.search;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.PageInfo;

@Type("SearchHitConnection")
@Description("A page of search hits, best first.")
public record SearchHitConnection(@NonNull @Description("The hits of this page, each with its cursor.") List<@NonNull Edge> edges,
        @NonNull @Description("Where this page sits in the results.") PageInfo pageInfo,
        @NonNull @Description("How many objects match in all.") int totalCount) {

    @Type("SearchHitEdge")
    @Description("A search hit, with its cursor.")
    public record Edge(@NonNull @Description("Opaque cursor of this position.") String cursor,
            @NonNull @Description("The hit.") SearchHit node) {
    }
}
