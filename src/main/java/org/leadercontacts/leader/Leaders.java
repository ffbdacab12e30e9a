package org.leadercontacts.leader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.leadercontacts.common.Cursor;
import org.leadercontacts.common.Filter;
import org.leadercontacts.common.InvalidInputException;
import org.leadercontacts.common.Lookups;
import org.leadercontacts.common.PageInfo;
import org.leadercontacts.common.PageRequest.Slice;
import org.leadercontacts.common.PageRequest;
import org.leadercontacts.common.Pager.Page;
import org.leadercontacts.common.Pager;
import org.leadercontacts.common.PartialDate;
import org.leadercontacts.common.SortKey;
import org.leadercontacts.common.StoreAggregates;

/** Reads leaders and what hangs off them, in batches. */
@ApplicationScoped
public class Leaders {

    static final SortKey<Leader> NAME_ASC = byName("leader:NAME_ASC", false);
    static final SortKey<Leader> NAME_DESC = byName("leader:NAME_DESC", true);
    private static final String COUNTERPARTS = "counterpart:LAST_CONTACT_DESC";
    private static final Comparator<Cursor> DISPLAY = Comparator.comparing(Cursor::sortValue)
            .thenComparingLong(Cursor::id).reversed();

    @Inject
    EntityManager em;

    @Inject
    Pager pager;

    @Inject
    StoreAggregates aggregates;

    private static SortKey<Leader> byName(String name, boolean descending) {
        return new SortKey<>(name, "l.name", "l.id", descending, value -> value, l -> l.name, l -> l.id);
    }

    public Page<Leader> page(LeaderFilter filter, LeaderOrder order, PageRequest page) {
        Filter where = new Filter();
        if (filter != null && filter.name != null && !filter.name.isBlank()) {
            String pattern = "%" + likeEscape(filter.name.trim().toLowerCase()) + "%";
            where.and("(lower(l.name) like ? escape '\\' or exists (select 1 from LeaderAlias a where a.leaderId = l.id"
                    + " and lower(a.text) like ? escape '\\'))", pattern, pattern);
        }
        if (filter != null && filter.country != null) {
            where.and("l.countryCode = ?", countryCode(filter.country));
        }
        return pager.page(Leader.class, "Leader l", where, page, sortKey(order));
    }

    public static SortKey<Leader> sortKey(LeaderOrder order) {
        return order == LeaderOrder.NAME_DESC ? NAME_DESC : NAME_ASC;
    }

    /** Resolves a country given as code or name, case-insensitively, to its code. */
    public String countryCode(String country) {
        List<String> codes = em.createQuery("select c.code from Country c where upper(c.code) = :value or "
                + "upper(c.name) = :value", String.class).setParameter("value", country.trim().toUpperCase())
                .getResultList();
        if (codes.isEmpty()) {
            throw new InvalidInputException("Unknown country \"" + country + "\". Give an ISO code such as `SY` or a "
                    + "name such as `Syria`.");
        }
        return codes.get(0);
    }

    public Leader bySlug(String slug) {
        return Leader.findBySlug(slug);
    }

    /** The leader an ID names; fails with a clear error if it names none. */
    public Leader require(String id) {
        return Lookups.require(id, LeaderNode.TYPE, this::bySlug);
    }

    public Map<Long, Leader> byIds(Collection<Long> ids) {
        return Lookups.byIds(em, Leader.class, ids);
    }

    public Map<String, CountryInfo> countries(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from Country c where c.code in :codes", Country.class)
                .setParameter("codes", codes.stream().distinct().toList()).getResultList().stream()
                .collect(Collectors.toMap(c -> c.code, c -> new CountryInfo(c.code, c.name)));
    }

    Map<Long, List<LeaderAlias>> aliases(Collection<Long> leaderIds) {
        return em.createQuery("select a from LeaderAlias a where a.leaderId in :ids order by a.documentId, a.spanStart",
                LeaderAlias.class).setParameter("ids", leaderIds).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.leaderId));
    }

    Map<Long, List<Office>> offices(Collection<Long> leaderIds) {
        return em.createQuery("select o from Office o where o.leaderId in :ids order by o.documentId, o.spanStart",
                Office.class).setParameter("ids", leaderIds).getResultList().stream()
                .collect(Collectors.groupingBy(o -> o.leaderId));
    }

    /**
     * Counterparts of each leader, paged in memory from tallies that are computed once per store revision:
     * a leader's tallies aggregate all of their conversations, which at scale are tens of thousands.
     */
    Map<Long, CounterpartConnection> counterparts(List<Long> leaderIds, PageRequest page) {
        Map<Long, List<Tally>> tallies = aggregates.getAll(COUNTERPARTS, Map.of(), leaderIds, this::tallies);
        Map<Long, CounterpartConnection> connections = new HashMap<>();
        Map<Long, Slice<Tally>> slices = new HashMap<>();
        leaderIds.forEach(id -> slices.put(id, page.sliceOrdered(tallies.get(id), Tally::position, DISPLAY)));
        Map<Long, Leader> leaders = byIds(slices.values().stream().flatMap(slice -> slice.items().stream())
                .map(t -> t.counterpartId).toList());
        for (Long leaderId : leaderIds) {
            List<Tally> ordered = tallies.get(leaderId);
            Slice<Tally> slice = slices.get(leaderId);
            List<CounterpartConnection.Edge> edges = slice.items().stream().map(t -> new CounterpartConnection.Edge(
                    Cursor.encode(COUNTERPARTS, t.last.start(), t.counterpartId), new LeaderNode(leaders.get(t.counterpartId)),
                    t.count, t.first, t.last)).toList();
            PageInfo info = new PageInfo(slice.hasNextPage(), slice.hasPreviousPage(),
                    edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
            connections.put(leaderId, new CounterpartConnection(edges, info, ordered.size()));
        }
        return connections;
    }

    /** Each leader's counterparts in display order (latest contact first), from one query for all of them. */
    private Map<Long, List<Tally>> tallies(List<Long> leaderIds) {
        List<Object[]> rows = em.createQuery("select p.leaderId, other.leaderId, c.dateValue from Participation p "
                + "join Participation other on other.conversationId = p.conversationId and other.leaderId <> p.leaderId "
                + "join Conversation c on c.id = p.conversationId where p.leaderId in :ids", Object[].class)
                .setParameter("ids", leaderIds).getResultList();
        Map<Long, Map<Long, Tally>> byLeader = new HashMap<>();
        for (Object[] row : rows) {
            byLeader.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                    .computeIfAbsent((Long) row[1], Tally::new).add(new PartialDate((String) row[2]));
        }
        Map<Long, List<Tally>> tallies = new HashMap<>();
        for (Long leaderId : leaderIds) {
            List<Tally> ordered = new ArrayList<>(byLeader.getOrDefault(leaderId, Map.of()).values());
            ordered.sort(Comparator.comparing(Tally::position, DISPLAY));
            tallies.put(leaderId, List.copyOf(ordered));
        }
        return tallies;
    }

    static String counterpartOrdering() {
        return COUNTERPARTS;
    }

    private static final class Tally {
        final long counterpartId;
        int count;
        PartialDate first;
        PartialDate last;

        Tally(long counterpartId) {
            this.counterpartId = counterpartId;
        }

        void add(PartialDate date) {
            count++;
            first = first == null || date.compareTo(first) < 0 ? date : first;
            last = last == null || date.compareTo(last) > 0 ? date : last;
        }

        Cursor position() {
            LocalDate lastStart = last.start();
            return new Cursor(lastStart.toString(), counterpartId);
        }
    }

    /** Escapes LIKE wildcards so user text matches literally (with {@code escape '\'}). */
    public static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
