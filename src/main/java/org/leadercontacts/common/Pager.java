package org.leadercontacts.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.leadercontacts.common.PageRequest.Slice;

/**
 * Runs keyset-paged HQL queries. A top-level list fetches one page plus one row. A nested list
 * (the conversations of each of several leaders) is fetched for all parents in one query, so
 * that a list of N parents costs one statement, not N. Totals are counted only when asked for, and
 * at most once per store revision (see {@link StoreAggregates}).
 */
@ApplicationScoped
public class Pager {

    @Inject
    EntityManager em;

    @Inject
    StoreAggregates aggregates;

    /** One page of {@code select alias from Entity alias [joins]}. */
    public <T> Page<T> page(Class<T> type, String from, Filter filter, PageRequest page, SortKey<T> sort) {
        Map<String, Object> params = new HashMap<>(filter.params());
        String keyset = page.predicate(sort.path(), sort.idPath(), sort.descending(), params, sort.parse());
        TypedQuery<T> query = em.createQuery("select " + alias(from) + " from " + from + " where " + filter.where()
                + " and " + keyset + " order by " + sort.orderBy(page), type);
        params.forEach(query::setParameter);
        List<T> rows = query.setMaxResults(page.fetchSize()).getResultList();
        Slice<T> slice = page.slice(rows);
        String count = "select count(" + alias(from) + ") from " + from + " where " + filter.where();
        LongSupplier total = memoize(() -> aggregates.get(count, filter.params(), () -> {
            TypedQuery<Long> countQuery = em.createQuery(count, Long.class);
            filter.params().forEach(countQuery::setParameter);
            return countQuery.getSingleResult();
        }));
        return new Page<>(slice, sort, total);
    }

    /**
     * A page for each parent, in one statement: a {@code union all} of one keyset query per parent,
     * each ordered and cut to the page on the database, so the work is N parents x page rows whatever
     * the number of children (each part is a range scan of the parent's index). {@code parentPath}
     * is the HQL path of the parent id in {@code from}; {@code sort} must order on columns of that
     * index. Totals, if asked for, are counted for all parents in one grouped query over
     * {@code countFrom} (the parent table alone) when no filter needs the joined entity.
     */
    public <T> Map<Long, Page<T>> pagePerParent(Class<T> type, String from, String countFrom,
            String parentPath, List<Long> parentIds, Filter filter, PageRequest page, SortKey<T> sort) {
        List<Long> parents = parentIds.stream().distinct().toList();
        Map<String, Object> params = new HashMap<>(filter.params());
        String keyset = page.predicate(sort.path(), sort.idPath(), sort.descending(), params, sort.parse());
        String select = "select " + parentPath + ", " + alias(from) + " from " + from + " where " + filter.where()
                + " and " + keyset + " and " + parentPath + " = :parent";
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < parents.size(); i++) {
            parts.add("(" + select + i + " order by " + sort.orderBy(page) + " limit " + page.fetchSize() + ")");
            params.put("parent" + i, parents.get(i));
        }
        Map<Long, List<T>> rowsByParent = new LinkedHashMap<>();
        parents.forEach(id -> rowsByParent.put(id, new ArrayList<>()));
        if (!parents.isEmpty()) {
            TypedQuery<Object[]> query = em.createQuery(String.join(" union all ", parts), Object[].class);
            params.forEach(query::setParameter);
            for (Object[] row : query.getResultList()) {
                rowsByParent.get((Long) row[0]).add(type.cast(row[1]));
            }
        }
        // SQL does not promise that a union keeps each part's order.
        Comparator<T> order = sort.comparator(page);
        rowsByParent.values().forEach(rows -> rows.sort(order));
        Map<Long, Long> counts = new HashMap<>();
        String countSource = filter.isEmpty() ? countFrom : from;
        String count = "select " + parentPath + ", count(*) from " + countSource + " where " + parentPath
                + " in :parents and " + filter.where() + " group by " + parentPath;
        LongSupplier loadCounts = memoize(() -> {
            counts.putAll(aggregates.getAll(count, filter.params(), parents, missing -> {
                Map<Long, Long> counted = new HashMap<>();
                missing.forEach(parent -> counted.put(parent, 0L));
                TypedQuery<Object[]> countQuery = em.createQuery(count, Object[].class);
                countQuery.setParameter("parents", missing);
                filter.params().forEach(countQuery::setParameter);
                countQuery.getResultList().forEach(row -> counted.put((Long) row[0], (Long) row[1]));
                return counted;
            }));
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
