package org.leadercontacts.statement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.leadercontacts.common.Filter;
import org.leadercontacts.common.Lookups;
import org.leadercontacts.common.PageRequest;
import org.leadercontacts.common.Pager.Page;
import org.leadercontacts.common.Pager;
import org.leadercontacts.common.SortKey;
import org.leadercontacts.conversation.Conversations;
import org.leadercontacts.leader.Leaders;
import org.leadercontacts.source.Documents;
import org.leadercontacts.topic.Topics;

/** Reads statements, in batches. Statement ids increase in document order, so (date, id) reads naturally. */
@ApplicationScoped
public class Statements {

    static final SortKey<Statement> DATE_ASC = byDate("statement:DATE_ASC", false);
    static final SortKey<Statement> DATE_DESC = byDate("statement:DATE_DESC", true);

    @Inject
    EntityManager em;

    @Inject
    Pager pager;

    @Inject
    Leaders leaders;

    @Inject
    Topics topics;

    @Inject
    Conversations conversations;

    @Inject
    StatementTextMatch textMatch;

    private static SortKey<Statement> byDate(String name, boolean descending) {
        return new SortKey<>(name, "s.sortDate", "s.id", descending, LocalDate::parse, s -> s.sortDate, s -> s.id);
    }

    static SortKey<Statement> sortKey(StatementOrder order) {
        return order == StatementOrder.DATE_DESC ? DATE_DESC : DATE_ASC;
    }

    Page<Statement> page(StatementFilter filter, StatementOrder order, PageRequest page) {
        return pager.page(Statement.class, "Statement s", where(filter), page, sortKey(order));
    }

    /** What a nested list of statements hangs off. */
    enum Parent {
        SPEAKER("s.speakerId"),
        CONVERSATION("s.conversationId"),
        DOCUMENT("s.documentId"),
        /** Through the statement_topic rows, which page by (topic, date). */
        TOPIC(null);

        final String path;

        Parent(String path) {
            this.path = path;
        }
    }

    Map<Long, Page<Statement>> pagePerParent(Parent parent, List<Long> parentIds, StatementFilter filter,
            StatementOrder order, PageRequest page) {
        if (parent == Parent.TOPIC) {
            return pager.pagePerParent(Statement.class,
                    "Statement s join StatementTopic parent on parent.statementId = s.id", "StatementTopic parent",
                    "parent.topicId", parentIds, where(filter), page,
                    sortKey(order).on("parent.sortDate", "parent.statementId"));
        }
        return pager.pagePerParent(Statement.class, "Statement s", "Statement s", parent.path, parentIds,
                where(filter), page, sortKey(order));
    }

    private Filter where(StatementFilter filter) {
        Filter where = new Filter();
        if (filter == null) {
            return where;
        }
        if (filter.speaker != null) {
            where.and("s.speakerId = ?", leaders.require(filter.speaker).id);
        }
        if (filter.topic != null) {
            where.and("? member of s.topicIds", topics.require(filter.topic).id);
        }
        if (filter.conversation != null) {
            where.and("s.conversationId = ?", conversations.require(filter.conversation).id);
        }
        if (filter.document != null) {
            where.and("s.documentId = ?", Documents.require(filter.document).id);
        }
        if (filter.kind != null) {
            where.and("s.kind = ?", filter.kind);
        }
        if (filter.matching != null && !filter.matching.isBlank()) {
            List<Long> ids = textMatch.matchingStatementIds(filter.matching);
            where.and(ids.isEmpty() ? "1=0" : "s.id in (?)", ids);
        }
        return where;
    }

    public Statement require(String id) {
        return Lookups.require(id, StatementNode.TYPE, Statement::findBySlug);
    }

    public Map<Long, Statement> byIds(Collection<Long> ids) {
        return Lookups.byIds(em, Statement.class, ids);
    }

    /** Other documents' statements of the same remarks, keyed by remark. */
    Map<String, List<Statement>> byRemark(Collection<String> remarks) {
        if (remarks.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from Statement s where s.remark in :remarks order by s.documentId, s.id",
                Statement.class).setParameter("remarks", remarks.stream().distinct().toList()).getResultList().stream()
                .collect(Collectors.groupingBy(s -> s.remark));
    }
}
