package org.leadercontacts.common;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A validated Relay page request ({@code first/after}, {@code last/before}) translated into a
 * keyset predicate: rows strictly after/before a (sort value, id) position, never an OFFSET.
 */
public final class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private final String ordering;
    private final int size;
    private final boolean backward;
    private final Cursor after;
    private final Cursor before;

    private PageRequest(String ordering, int size, boolean backward, Cursor after, Cursor before) {
        this.ordering = ordering;
        this.size = size;
        this.backward = backward;
        this.after = after;
        this.before = before;
    }

    public static PageRequest of(String ordering, Integer first, String after, Integer last, String before) {
        if (first != null && last != null) {
            throw new InvalidInputException("Pass either `first` or `last`, not both.");
        }
        Integer requested = first != null ? first : last;
        if (requested != null && (requested < 0 || requested > MAX_SIZE)) {
            throw new InvalidInputException((first != null ? "`first`" : "`last`") + " must be between 0 and "
                    + MAX_SIZE + "; got " + requested + ".");
        }
        int size = requested != null ? requested : DEFAULT_SIZE;
        return new PageRequest(ordering, size, last != null, Cursor.decode(after, ordering),
                Cursor.decode(before, ordering));
    }

    public String ordering() {
        return ordering;
    }

    public int size() {
        return size;
    }

    /** How many rows to fetch: one more than the page, to learn whether another page exists. */
    public int fetchSize() {
        return size + 1;
    }

    /**
     * The keyset condition for a query ordered by {@code sortPath, idPath}, or "1=1". The
     * parameters it needs are put into {@code params}, converted by {@code sortType}.
     */
    public String predicate(String sortPath, String idPath, boolean descending, Map<String, Object> params,
            Function<String, Object> sortType) {
        List<String> conditions = new ArrayList<>();
        if (after != null) {
            conditions.add(position(sortPath, idPath, descending ? "<" : ">", "after"));
            params.put("afterSort", sortValue(after, sortType));
            params.put("afterId", after.id());
        }
        if (before != null) {
            conditions.add(position(sortPath, idPath, descending ? ">" : "<", "before"));
            params.put("beforeSort", sortValue(before, sortType));
            params.put("beforeId", before.id());
        }
        return conditions.isEmpty() ? "1=1" : String.join(" and ", conditions);
    }

    /** A cursor's sort value as the query parameter; a crafted one (a date like 2025-02-30) is the client's error. */
    private Object sortValue(Cursor cursor, Function<String, Object> sortType) {
        try {
            return sortType.apply(cursor.sortValue());
        } catch (DateTimeException | IllegalArgumentException e) {
            throw Cursor.invalid(Cursor.encode(ordering, cursor.sortValue(), cursor.id()));
        }
    }

    /**
     * Rows past a (sort, id) position. The leading {@code sort >= value} is implied by the rest, but
     * databases only turn it into an index range: without it PostgreSQL scans from the list's start.
     */
    private static String position(String sortPath, String idPath, String op, String name) {
        return "(" + sortPath + " " + op + "= :" + name + "Sort and (" + sortPath + " " + op + " :" + name
                + "Sort or (" + sortPath + " = :" + name + "Sort and " + idPath + " " + op + " :" + name + "Id)))";
    }

    /** Whether the SQL must run in the reverse of the requested ordering (for {@code last}). */
    public boolean sqlDescending(boolean descending) {
        return descending != backward;
    }

    /** Cuts rows fetched with {@link #fetchSize()} in SQL order down to the page, in display order. */
    public <T> Slice<T> slice(List<T> fetched) {
        boolean more = fetched.size() > size;
        List<T> page = new ArrayList<>(more ? fetched.subList(0, size) : fetched);
        if (backward) {
            Collections.reverse(page);
            return new Slice<>(page, before != null, more);
        }
        return new Slice<>(page, more, after != null);
    }

    /**
     * Pages a list already ordered as requested, for lists computed in memory (aggregates).
     * {@code displayOrder} must order positions the same way as the list.
     */
    public <T> Slice<T> sliceOrdered(List<T> ordered, Function<T, Cursor> positionOf,
            java.util.Comparator<Cursor> displayOrder) {
        List<T> remaining = ordered.stream()
                .filter(row -> after == null || displayOrder.compare(positionOf.apply(row), after) > 0)
                .filter(row -> before == null || displayOrder.compare(positionOf.apply(row), before) < 0)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (backward) {
            Collections.reverse(remaining);
        }
        return slice(remaining.subList(0, Math.min(remaining.size(), fetchSize())));
    }

    public record Slice<T>(List<T> items, boolean hasNextPage, boolean hasPreviousPage) {
    }
}
