package org.leadercontacts.conversation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.leadercontacts.common.Filter;
import org.leadercontacts.common.GlobalId;
import org.leadercontacts.common.InvalidInputException;
import org.leadercontacts.common.NotFoundException;
import org.leadercontacts.common.PageRequest;
import org.leadercontacts.common.Pager;
import org.leadercontacts.common.Pager.Page;
import org.leadercontacts.common.SortKey;
import org.leadercontacts.leader.Leaders;
import org.leadercontacts.topic.Topics;

/** Reads conversations and what hangs off them, in batches. */
@ApplicationScoped
public class Conversations {

    static final SortKey<Conversation> DATE_ASC = byDate("conversation:DATE_ASC", false);
    static final SortKey<Conversation> DATE_DESC = byDate("conversation:DATE_DESC", true);

    @Inject
    EntityManager em;

    @Inject
    Pager pager;

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
        return pager.page(Conversation.class, "Conversation c", where(filter), page, sortKey(order));
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
        Filter where = new Filter();
        if (filter == null) {
            return where;
        }
        Set<Long> participants = new LinkedHashSet<>();
        if (filter.participant != null) {
            participants.add(leaders.require(filter.participant).id);
        }
        if (filter.between != null) {
            if (filter.between.size() != 2) {
                throw new InvalidInputException("`between` takes exactly two leader IDs; got " + filter.between.size() + ".");
            }
            filter.between.forEach(id -> participants.add(leaders.require(id).id));
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
            where.and("c.dateStart >= ?", filter.from.minusYears(1));
        }
        if (filter.to != null) {
            where.and("c.dateStart <= ?", filter.to);
        }
        if (filter.country != null) {
            where.and("exists (select 1 from Participation p join Leader l on l.id = p.leaderId "
                    + "where p.conversationId = c.id and l.countryCode = ?)", leaders.countryCode(filter.country));
        }
        return where;
    }

    /** The conversation an ID names; fails with a clear error if it names none. */
    public Conversation require(String id) {
        Conversation conversation = Conversation.findBySlug(GlobalId.slugOf(id, ConversationNode.TYPE));
        if (conversation == null) {
            throw new NotFoundException(ConversationNode.TYPE, id);
        }
        return conversation;
    }

    public Map<Long, Conversation> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from Conversation c where c.id in :ids", Conversation.class)
                .setParameter("ids", ids.stream().distinct().toList()).getResultStream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
    }

    Map<Long, List<Participation>> participations(Collection<Long> conversationIds) {
        return em.createQuery("select p from Participation p where p.conversationId in :ids order by p.id",
                Participation.class).setParameter("ids", conversationIds).getResultStream()
                .collect(Collectors.groupingBy(p -> p.conversationId));
    }

    Map<Long, List<ConversationReport>> reports(Collection<Long> conversationIds) {
        return em.createQuery("select r from ConversationReport r where r.conversationId in :ids order by r.documentId",
                ConversationReport.class).setParameter("ids", conversationIds).getResultStream()
                .collect(Collectors.groupingBy(r -> r.conversationId));
    }

    Map<Long, List<ConversationFact>> facts(Collection<Long> conversationIds) {
        return em.createQuery("select f from ConversationFact f where f.conversationId in :ids "
                + "order by f.documentId, f.spanStart, f.id", ConversationFact.class)
                .setParameter("ids", conversationIds).getResultStream()
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
