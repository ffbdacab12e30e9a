package org.leadercontacts.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.PagedConnection;
import org.leadercontacts.common.Pager.Page;

@Type("SourceDocumentConnection")
@Description("A page of source documents.")
public final class SourceDocumentConnection extends PagedConnection {

    public SourceDocumentConnection(Page<SourceDocument> page) {
        super(page);
    }

    @NonNull
    @Description("The documents of this page, each with its cursor.")
    public List<@NonNull Edge> getEdges() {
        return edges(SourceDocument.class, (cursor, row) -> new Edge(cursor, new SourceDocumentNode(row)));
    }

    @Type("SourceDocumentEdge")
    @Description("A source document in a page, with its cursor.")
    public record Edge(@NonNull @Description("Opaque cursor of this position.") String cursor,
            @NonNull @Description("The document.") SourceDocumentNode node) {
    }
}
