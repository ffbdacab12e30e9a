package org.leadercontacts.conversation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.leadercontacts.common.Filter;
import org.leadercontacts.common.InvalidInputException;
import org.leadercontacts.common.Lookups;
import org.leadercontacts.common.PageRequest;
import org.leadercontacts.common.Pager.Page;
import org.leadercontacts.common.Pager;
import org.leadercontacts.common.SortKey;
import org.leadercontacts.common.StoreAggregates;
import org.leadercontacts.leader.Leaders;
import org.leadercontacts.topic.Topics;

/** Reads conversations and what hangs off them, in batches. */
@ApplicationScoped
public class Conversations {

    static final SortKey<Conversation> DATE_ASC = byDate("conversation:DATE_ASC", false);
    static final SortKey<Conversation> DATE_DESC = byDate("conversation:DATE_DESC", true);

    private static final String PARTICIPATIONS =
            "select p.leaderId, count(p) from Participation p where p.leaderId in :ids group by p.leaderId";

    @Inject
    EntityManager em;

    @Inject
    Pager pager;

    @Inject
    StoreAggregates aggregates;

    @Inject
    Leaders leaders;

    @Inject
    Topics topics;

    private static SortKey<Conversation> byDate(String name, boolean descending) {
        return new SortKey<>(name, "c.dateStart", "c.id", descending, LocalDate::parse, c -> c.dateStart, c -> c.id);
    }

    static SortKey<Conversation> sortKey(ConversationOrder order) {
        return order == ConversationOrder.DATE_DESC ? DATE_DESC : DATE_ASC;
    }

    Page<Conversation> page(ConversationFilter filter, ConversationOrder order, PageRequest page) {
        Set<Long> participants = participants(filter);
        if (participants.isEmpty()) {
            return pager.page(Conversation.class, "Conversation c", where(filter, Set.of(), "c.dateStart"), page,
                    sortKey(order));
        }
        // Walk the participation index (leader, date) of the participant with the fewest conversations and
        // probe the others, rather than walk every conversation by date and probe them all: at a million
        // statements a pair of frequent leaders otherwise scans about 80 conversations per row returned.
        Long driver = fewestConversations(participants);
        Set<Long> others = new LinkedHashSet<>(participants);
        others.remove(driver);
        Filter where = where(filter, others, "driver.sortDate").and("driver.leaderId = ?", driver);
        return pager.page(Conversation.class, "Conversation c join Participation driver on driver.conversationId = c.id",
                where, page, sortKey(order).on("driver.sortDate", "driver.conversationId"));
    }

    private Long fewestConversations(Set<Long> leaderIds) {
        Map<Long, Long> counts = aggregates.getAll(PARTICIPATIONS, Map.of(), leaderIds, missing -> {
            Map<Long, Long> counted = new HashMap<>();
            missing.forEach(id -> counted.put(id, 0L));
            em.createQuery(PARTICIPATIONS, Object[].class).setParameter("ids", missing).getResultList()
                    .forEach(row -> counted.put((Long) row[0], (Long) row[1]));
            return counted;
        });
        return leaderIds.stream().min(Comparator.comparing(counts::get)).orElseThrow();
    }

    Map<Long, Page<Conversation>> pagePerLeader(List<Long> leaderIds, ConversationFilter filter,
            ConversationOrder order, PageRequest page) {
        return pager.pagePerParent(Conversation.class,
                "Conversation c join Participation parent on parent.conversationId = c.id", "Participation parent",
                "parent.leaderId", leaderIds, where(filter), page,
                sortKey(order).on("parent.sortDate", "parent.conversationId"));
    }

    Map<Long, Page<Conversation>> pagePerTopic(List<Long> topicIds, ConversationFilter filter,
            ConversationOrder order, PageRequest page) {
        return pager.pagePerParent(Conversation.class,
                "Conversation c join ConversationTopic parent on parent.conversationId = c.id",
                "ConversationTopic parent", "parent.topicId", topicIds, where(filter), page,
                sortKey(order).on("parent.sortDate", "parent.conversationId"));
    }

    private Filter where(ConversationFilter filter) {
        return where(filter, participants(filter), "c.dateStart");
    }

    private Set<Long> participants(ConversationFilter filter) {
        Set<Long> participants = new LinkedHashSet<>();
        if (filter == null) {
            return participants;
        }
        if (filter.participant != null) {
            participants.add(leaders.require(filter.participant).id);
        }
        if (filter.between != null) {
            if (filter.between.size() != 2) {
                throw new InvalidInputException("`between` takes exactly two leader IDs; got " + filter.between.size() + ".");
            }
            filter.between.forEach(id -> participants.add(leaders.require(id).id));
        }
        return participants;
    }

    /**
     * The filter's conditions, with {@code participants} as probes. {@code datePath} holds the conversation's
     * start date in the query's driving index, so that a date range bounds the scan of that index.
     */
    private Filter where(ConversationFilter filter, Set<Long> participants, String datePath) {
        Filter where = new Filter();
        if (filter == null) {
            return where;
        }
        for (Long leaderId : participants) {
            where.and("exists (select 1 from Participation p where p.conversationId = c.id and p.leaderId = ?)", leaderId);
        }
        if (filter.topic != null) {
            where.and("? member of c.topicIds", topics.require(filter.topic).id);
        }
        if (filter.kind != null) {
            where.and("c.kind = ?", filter.kind);
        }
        if (filter.from != null && filter.to != null && filter.from.isAfter(filter.to)) {
            throw new InvalidInputException("`from` (" + filter.from + ") is after `to` (" + filter.to + ").");
        }
        if (filter.from != null) {
            where.and("c.dateEnd >= ?", filter.from);
            // Implied by the line above (a PartialDate spans at most a year), but it bounds the date index's range.
            where.and(datePath + " >= ?", filter.from.minusYears(1));
        }
        if (filter.to != null) {
            where.and(datePath + " <= ?", filter.to);
        }
        if (filter.country != null) {
            where.and("exists (select 1 from Participation p join Leader l on l.id = p.leaderId "
                    + "where p.conversationId = c.id and l.countryCode = ?)", leaders.countryCode(filter.country));
        }
        return where;
    }

    /** The conversation an ID names; fails with a clear error if it names none. */
    public Conversation require(String id) {
        return Lookups.require(id, ConversationNode.TYPE, Conversation::findBySlug);
    }

    public Map<Long, Conversation> byIds(Collection<Long> ids) {
        return Lookups.byIds(em, Conversation.class, ids);
    }

    Map<Long, List<Participation>> participations(Collection<Long> conversationIds) {
        return em.createQuery("select p from Participation p where p.conversationId in :ids order by p.id",
                Participation.class).setParameter("ids", conversationIds).getResultList().stream()
                .collect(Collectors.groupingBy(p -> p.conversationId));
    }

    Map<Long, List<ConversationReport>> reports(Collection<Long> conversationIds) {
        return em.createQuery("select r from ConversationReport r where r.conversationId in :ids order by r.documentId",
                ConversationReport.class).setParameter("ids", conversationIds).getResultList().stream()
                .collect(Collectors.groupingBy(r -> r.conversationId));
    }

    Map<Long, List<ConversationFact>> facts(Collection<Long> conversationIds) {
        return em.createQuery("select f from ConversationFact f where f.conversationId in :ids "
                + "order by f.documentId, f.spanStart, f.id", ConversationFact.class)
                .setParameter("ids", conversationIds).getResultList().stream()
                .collect(Collectors.groupingBy(f -> f.conversationId));
    }

    /** The conversations each document reports, by date. */
    Map<Long, List<Conversation>> reportedBy(Collection<Long> documentIds) {
        List<Object[]> rows = em.createQuery("select r.documentId, c from ConversationReport r join Conversation c "
                + "on c.id = r.conversationId where r.documentId in :ids order by c.dateStart, c.id", Object[].class)
                .setParameter("ids", documentIds).getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> (Long) row[0],
                Collectors.mapping(row -> (Conversation) row[1], Collectors.toList())));
    }
}
