package org.leadercontacts;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.leadercontacts.conversation.Conversation;
import org.leadercontacts.leader.Leader;
import org.leadercontacts.store.StoreChanged;
import org.leadercontacts.store.StoreRevision;
import org.leadercontacts.statement.Statement;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Changes to the store for tests, committed with a new store revision as every writer does. Among them, conversations
 * of a known shape for tests that need more of them: copies of the 2025 Putin–al-Sharaa call, with its participants,
 * reports, facts and topics, and optionally its statements. Slugs start with a prefix of the test's own, so that
 * {@link #removeCopies} takes away exactly what {@link #addCopiesOfTheCall} put in.
 */
@ApplicationScoped
public class TestStore {

    public static final String CALL = "putin-al-sharaa-call-2025-02-12";

    @Inject
    EntityManager em;

    @Inject
    StoreRevision storeRevision;

    @Inject
    Event<StoreChanged> changed;

    /**
     * Runs {@code change} in its own transaction, with a new revision, and makes this process serve it at once.
     * Any change may touch searchable text, so the search index is rebuilt (in the background, as after seeding).
     */
    public void commit(Runnable change) {
        QuarkusTransaction.requiringNew().run(() -> {
            change.run();
            storeRevision.bump();
        });
        changed.fire(StoreChanged.anything());
    }

    /** Takes away what editing tests added (slugs {@code ed-...}, names {@code Test ...}) and restores what they changed. */
    public void removeEdits() {
        commit(() -> {
            em.createNativeQuery("update statement set attribution = '(in Russian)', version = 0 "
                    + "where slug = '004-assad-spasibo'").executeUpdate();
            em.createNativeQuery("delete from statement_topic where statement_id in (select id from statement where "
                    + "slug like 'ed-%')").executeUpdate();
            em.createNativeQuery("delete from statement where slug like 'ed-%'").executeUpdate();
            em.createNativeQuery("delete from topic where slug like 'test-%'").executeUpdate();
            em.createNativeQuery("delete from leader_alias where leader_id in (select id from leader where name like "
                    + "'Test %')").executeUpdate();
            em.createNativeQuery("delete from office where leader_id in (select id from leader where name like "
                    + "'Test %')").executeUpdate();
            em.createNativeQuery("delete from leader where name like 'Test %'").executeUpdate();
            String created = "(select id from conversation where slug like 'ed-%')";
            for (String table : List.of("participation", "conversation_report", "conversation_fact", "conversation_topic")) {
                em.createNativeQuery("delete from " + table + " where conversation_id in " + created).executeUpdate();
            }
            em.createNativeQuery("delete from conversation where slug like 'ed-%'").executeUpdate();
            em.createNativeQuery("delete from source_document where slug like 'ed_%'").executeUpdate();
        });
    }

    public void setStatementText(String slug, String text) {
        em.createNativeQuery("update statement set text = ?1 where slug = ?2").setParameter(1, text)
                .setParameter(2, slug).executeUpdate();
    }

    public void restoreConversation(String slug, String title, int version) {
        commit(() -> em.createNativeQuery("update conversation set title = ?1, version = ?2 where slug = ?3")
                .setParameter(1, title).setParameter(2, version).setParameter(3, slug).executeUpdate());
    }

    public void addCopiesOfTheCall(String prefix, int count, boolean withStatements) {
        commit(() -> addCopies(prefix, count, withStatements));
    }

    public void removeCopies(String prefix) {
        commit(() -> deleteCopies(prefix));
    }

    private void addCopies(String prefix, int count, boolean withStatements) {
        Conversation call = Conversation.findBySlug(CALL);
        for (int i = 0; i < count; i++) {
            Conversation copy = new Conversation();
            copy.slug = prefix + i;
            copy.kind = call.kind;
            copy.title = call.title;
            copy.dateValue = call.dateValue;
            copy.datePrecision = call.datePrecision;
            copy.dateStart = call.dateStart;
            copy.dateEnd = call.dateEnd;
            copy.initiatorId = Leader.findBySlug("vladimir-putin").id;
            copy.topicIds.addAll(call.topicIds);
            copy.persist();
            for (String table : List.of("participation", "conversation_report", "conversation_fact")) {
                copyRows(table, call.id, copy.id);
            }
            if (withStatements) {
                copyStatements(call, copy);
            }
        }
    }

    private void deleteCopies(String prefix) {
        String copies = "(select id from conversation where slug like '" + prefix + "%')";
        String statements = "(select id from statement where conversation_id in " + copies + ")";
        for (String delete : List.of("delete from statement_topic where statement_id in " + statements,
                "delete from statement where conversation_id in " + copies,
                "delete from participation where conversation_id in " + copies,
                "delete from conversation_report where conversation_id in " + copies,
                "delete from conversation_fact where conversation_id in " + copies,
                "delete from conversation_topic where conversation_id in " + copies,
                "delete from conversation where slug like '" + prefix + "%'")) {
            em.createNativeQuery(delete).executeUpdate();
        }
    }

    private void copyStatements(Conversation call, Conversation copy) {
        for (Statement statement : Statement.<Statement> list("conversationId", call.id)) {
            Statement twin = new Statement();
            twin.slug = copy.slug + "-" + statement.slug;
            twin.conversationId = copy.id;
            twin.speakerId = statement.speakerId;
            twin.attribution = statement.attribution;
            twin.kind = statement.kind;
            twin.text = statement.text;
            twin.documentId = statement.documentId;
            twin.spanStart = statement.spanStart;
            twin.spanEnd = statement.spanEnd;
            twin.remark = statement.remark;
            twin.sortDate = statement.sortDate;
            twin.topicIds.addAll(statement.topicIds);
            twin.persist();
        }
    }

    /** Row ids are offset by the copy's id, far above the seed's, so copies never collide with each other. */
    private void copyRows(String table, long from, long to) {
        String columns = switch (table) {
            case "participation" -> "leader_id, role, sort_date";
            case "conversation_report" -> "document_id, span_start, span_end, reported_date, date_text, date_span_start, "
                    + "date_span_end, date_note";
            default -> "fact, fact_value, document_id, span_start, span_end";
        };
        em.flush();
        em.createNativeQuery("insert into " + table + " (id, conversation_id, " + columns + ") select id + 1000000 + 1000 * "
                + to + ", " + to + ", " + columns + " from " + table + " where conversation_id = " + from).executeUpdate();
    }
}
