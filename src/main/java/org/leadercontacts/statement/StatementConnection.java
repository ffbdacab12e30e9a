package org.leadercontacts.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.PageInfo;
import org.leadercontacts.common.Pager.Page;

@Type("StatementConnection")
@Description("A page of statements.")
public final class StatementConnection {

    private final Page<Statement> page;

    public StatementConnection(Page<Statement> page) {
        this.page = page;
    }

    @NonNull
    @Description("The statements of this page, each with its cursor.")
    public List<@NonNull Edge> getEdges() {
        return page.rows().stream().map(row -> new Edge(page.sort().cursor(row), new StatementNode(row))).toList();
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

    @Type("StatementEdge")
    @Description("A statement in a page, with its cursor.")
    public record Edge(@NonNull @Description("Opaque cursor of this position.") String cursor,
            @NonNull @Description("The statement.") StatementNode node) {
    }
}
