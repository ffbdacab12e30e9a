package org.leadercontacts.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.PagedConnection;
import org.leadercontacts.common.Pager.Page;

@Type("StatementConnection")
@Description("A page of statements.")
public final class StatementConnection extends PagedConnection {

    public StatementConnection(Page<Statement> page) {
        super(page);
    }

    @NonNull
    @Description("The statements of this page, each with its cursor.")
    public List<@NonNull Edge> getEdges() {
        return edges(Statement.class, (cursor, row) -> new Edge(cursor, new StatementNode(row)));
    }

    @Type("StatementEdge")
    @Description("A statement in a page, with its cursor.")
    public record Edge(@NonNull @Description("Opaque cursor of this position.") String cursor,
            @NonNull @Description("The statement.") StatementNode node) {
    }
}
