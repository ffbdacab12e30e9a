package org.leadercontacts.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.leadercontacts.common.PageRequest.Slice;

/**
 * Runs keyset-paged HQL queries. A top-level list fetches one page plus one row. A nested list
 * (the conversations of each of several leaders) is fetched for all parents in one query, so
 * that a list of N parents costs one statement, not N.
 */
public final class Pager {

    private Pager() {
    }

    /** One page of {@code select alias from Entity alias [joins]}. */
    public static <T> Page<T> page(EntityManager em, Class<T> type, String from, Filter filter, PageRequest page,
            SortKey<T> sort) {
        Map<String, Object> params = new HashMap<>(filter.params());
        String keyset = page.predicate(sort.path(), sort.idPath(), sort.descending(), params, sort.parse());
        TypedQuery<T> query = em.createQuery("select " + alias(from) + " from " + from + " where " + filter.where()
                + " and " + keyset + " order by " + sort.orderBy(page), type);
        params.forEach(query::setParameter);
        List<T> rows = query.setMaxResults(page.fetchSize()).getResultList();
        Slice<T> slice = page.slice(rows);
        LongSupplier count = memoize(() -> {
            TypedQuery<Long> countQuery = em.createQuery("select count(" + alias(from) + ") from " + from + " where "
                    + filter.where(), Long.class);
            filter.params().forEach(countQuery::setParameter);
            return countQuery.getSingleResult();
        });
        return new Page<>(slice, sort, count);
    }

    /**
     * A page for each parent: {@code parentPath} is the HQL path of the parent id in {@code from};
     * rows are cut per parent in memory after one keyset-filtered query.
     */
    public static <T> Map<Long, Page<T>> pagePerParent(EntityManager em, Class<T> type, String from, String parentPath,
            List<Long> parentIds, Filter filter, PageRequest page, SortKey<T> sort) {
        Map<String, Object> params = new HashMap<>(filter.params());
        params.put("parents", parentIds);
        String keyset = page.predicate(sort.path(), sort.idPath(), sort.descending(), params, sort.parse());
        String where = " where " + parentPath + " in :parents and " + filter.where();
        TypedQuery<Object[]> query = em.createQuery("select " + parentPath + ", " + alias(from) + " from " + from + where
                + " and " + keyset + " order by " + parentPath + ", " + sort.orderBy(page), Object[].class);
        params.forEach(query::setParameter);
        if (parentIds.size() == 1) {
            query.setMaxResults(page.fetchSize());
        }
        Map<Long, List<T>> rowsByParent = new LinkedHashMap<>();
        parentIds.forEach(id -> rowsByParent.put(id, new ArrayList<>()));
        for (Object[] row : query.getResultList()) {
            List<T> rows = rowsByParent.get((Long) row[0]);
            if (rows.size() < page.fetchSize()) {
                rows.add(type.cast(row[1]));
            }
        }
        Map<Long, Long> counts = new HashMap<>();
        LongSupplier loadCounts = memoize(() -> {
            TypedQuery<Object[]> countQuery = em.createQuery("select " + parentPath + ", count(" + alias(from) + ") from "
                    + from + where + " group by " + parentPath, Object[].class);
            countQuery.setParameter("parents", parentIds);
            filter.params().forEach(countQuery::setParameter);
            countQuery.getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
            return 0;
        });
        Map<Long, Page<T>> pages = new LinkedHashMap<>();
        rowsByParent.forEach((parent, rows) -> pages.put(parent, new Page<>(page.slice(rows), sort, () -> {
            loadCounts.getAsLong();
            return counts.getOrDefault(parent, 0L);
        })));
        return pages;
    }

    private static String alias(String from) {
        String[] words = from.trim().split("\\s+");
        return words[1];
    }

    private static LongSupplier memoize(LongSupplier supplier) {
        return new LongSupplier() {
            private Long value;

            @Override
            public synchronized long getAsLong() {
                if (value == null) {
                    value = supplier.getAsLong();
                }
                return value;
            }
        };
    }

    /** A fetched page: its rows, where it sits, and a lazily computed total. */
    public record Page<T>(Slice<T> slice, SortKey<T> sort, LongSupplier totalCount) {

        public List<T> rows() {
            return slice.items();
        }

        public PageInfo pageInfo() {
            List<T> rows = slice.items();
            return new PageInfo(slice.hasNextPage(), slice.hasPreviousPage(),
                    rows.isEmpty() ? null : sort.cursor(rows.get(0)),
                    rows.isEmpty() ? null : sort.cursor(rows.get(rows.size() - 1)));
        }
    }
}
