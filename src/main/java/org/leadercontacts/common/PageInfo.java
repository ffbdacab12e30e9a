package org.leadercontacts.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its connection (Relay cursor connections).")
public record PageInfo(
        @NonNull @Description("True when more items follow the last edge of this page.") boolean hasNextPage,
        @NonNull @Description("True when items precede the first edge of this page.") boolean hasPreviousPage,
        @Description("Cursor of the first edge; null when the page is empty.") String startCursor,
        @Description("Cursor of the last edge; null when the page is empty.") String endCursor) {
}
