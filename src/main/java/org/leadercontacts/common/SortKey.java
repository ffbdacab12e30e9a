package org.leadercontacts.common;

import java.util.Comparator;
import java.util.function.Function;

/**
 * A stable ordering for keyset paging: a sort expression with the row id as tie-breaker.
 *
 * @param name       identifies the ordering inside cursors
 * @param path       HQL path of the sort value
 * @param idPath     HQL path of the row id
 * @param descending direction of the requested ordering
 * @param parse      turns a cursor's sort value back into the query parameter type
 * @param valueOf    the sort value of a fetched row
 * @param idOf       the id of a fetched row
 */
public record SortKey<T>(String name, String path, String idPath, boolean descending, Function<String, Object> parse,
        Function<T, Object> valueOf, Function<T, Long> idOf) {

    public String orderBy(PageRequest page) {
        String direction = page.sqlDescending(descending) ? " desc" : " asc";
        return path + direction + ", " + idPath + direction;
    }

    /** The same ordering (and cursors) on other columns that hold the same values, e.g. a copy on a parent table. */
    public SortKey<T> on(String otherPath, String otherIdPath) {
        return new SortKey<>(name, otherPath, otherIdPath, descending, parse, valueOf, idOf);
    }

    /** Orders fetched rows as the SQL of {@code page} does. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public Comparator<T> comparator(PageRequest page) {
        Comparator<T> ascending = Comparator.comparing(row -> (Comparable) valueOf.apply(row));
        ascending = ascending.thenComparing(idOf::apply);
        return page.sqlDescending(descending) ? ascending.reversed() : ascending;
    }

    public String cursor(T row) {
        return Cursor.encode(name, valueOf.apply(row), idOf.apply(row));
    }
}
