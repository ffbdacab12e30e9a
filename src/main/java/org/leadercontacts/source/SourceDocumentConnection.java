package org.leadercontacts.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.PageInfo;
import org.leadercontacts.common.Pager.Page;

@Type("SourceDocumentConnection")
@Description("A page of source documents.")
public final class SourceDocumentConnection {

    private final Page<SourceDocument> page;

    public SourceDocumentConnection(Page<SourceDocument> page) {
        this.page = page;
    }

    @NonNull
    @Description("The documents of this page, each with its cursor.")
    public List<@NonNull Edge> getEdges() {
        return page.rows().stream().map(row -> new Edge(page.sort().cursor(row), new SourceDocumentNode(row))).toList();
    }

    @NonNull
    @Description("Where this page sits in the list.")
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }

    /** Counted only when a client asks for totalCount (see ConnectionCounts). */
    @Ignore
    public long count() {
        return page.totalCount().getAsLong();
    }

    @Type("SourceDocumentEdge")
    @Description("A source document in a page, with its cursor.")
    public record Edge(@NonNull @Description("Opaque cursor of this position.") String cursor,
            @NonNull @Description("The document.") SourceDocumentNode node) {
    }
}
