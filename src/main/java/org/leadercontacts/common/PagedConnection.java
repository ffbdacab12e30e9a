package org.leadercontacts.common;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.leadercontacts.common.Pager.Page;

/**
 * What every keyset-paged connection shares. Subclasses declare {@code getEdges()} with their own
 * edge type, so that the schema names each connection and edge explicitly. Not generic on purpose:
 * SmallRye GraphQL would map a superclass's type argument (the entity) as a GraphQL type.
 */
@RegisterForReflection(methods = true, fields = false)
public abstract class PagedConnection {

    private final Page<?> page;

    protected PagedConnection(Page<?> page) {
        this.page = page;
    }

    /** The edges of this page, made from each row of the given entity type and its cursor. */
    protected <T, E> List<E> edges(Class<T> type, BiFunction<String, T, E> edge) {
        return page.rows().stream().map(type::cast).map(row -> edge.apply(cursor(page, row), row)).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> String cursor(Page<?> page, T row) {
        return ((Page<T>) page).sort().cursor(row);
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
}
