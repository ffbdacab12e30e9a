package org.leadercontacts.synthetic;

import static org.leadercontacts.GraphQLClient.graphql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.leadercontacts.GraphQLClient;
import org.leadercontacts.statement.Statement;
import org.leadercontacts.topic.Topic;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A small synthetic store loaded at startup: integrity, idempotence, ids, and nested pages cut on the database. */
@QuarkusTest
@TestProfile(SyntheticStoreLoadTests.Small.class)
class SyntheticStoreLoadTests {

    public static class Small implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("contacts.synthetic.conversations", "300", "contacts.synthetic.statements-per-conversation",
                    "10", "contacts.synthetic.seed", "7");
        }
    }

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    SyntheticStoreLoader loader;

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void loadsTheConfiguredCounts() {
        assertEquals(300, count("select count(*) from conversation where slug like 'syn-%'"));
        assertEquals(3000, count("select count(*) from statement where slug like 'syn-%'"));
        assertEquals(300, count("select count(*) from source_document where publisher = 'Synthetic (scale test)'"));
        assertEquals(SyntheticStore.LEADERS, count("select count(*) from leader where slug like 'syn-%'"));
        assertEquals(SyntheticStore.TOPICS, count("select count(*) from topic"));
        assertEquals(0, count("select count(*) from (select conversation_id from participation where conversation_id >= "
                + SyntheticStore.FIRST_ID + " group by conversation_id having count(*) < 2 or count(*) > 4) x"));
        assertEquals(0, count("select count(*) from conversation c where not exists "
                + "(select 1 from conversation_report r where r.conversation_id = c.id)"));
    }

    @Test
    void everyStatementIsAVerbatimSpanOfItsDocument() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Statement> statements = Statement.list("slug like 'syn-%'");
            Map<Long, String> contents = new HashMap<>();
            em.createQuery("select d.id, d.content from SourceDocument d", Object[].class).getResultList()
                    .forEach(row -> contents.put((Long) row[0], (String) row[1]));
            assertEquals(3000, statements.size());
            for (Statement statement : statements) {
                assertEquals(statement.text,
                        contents.get(statement.documentId).substring(statement.spanStart, statement.spanEnd));
            }
        });
    }

    @Test
    void copiedDatesEqualTheirSources() {
        assertEquals(0, count("select count(*) from participation p join conversation c on c.id = p.conversation_id "
                + "where p.sort_date <> c.date_start"));
        assertEquals(0, count("select count(*) from conversation_topic t join conversation c on c.id = t.conversation_id "
                + "where t.sort_date <> c.date_start"));
        assertEquals(0, count("select count(*) from statement_topic t join statement s on s.id = t.statement_id "
                + "where t.sort_date <> s.sort_date"));
        assertEquals(0, count("select count(*) from statement s join conversation c on c.id = s.conversation_id "
                + "where s.sort_date <> c.date_start"));
    }

    @Test
    void loadingAgainAddsNothingAndOtherParametersAreRefused() {
        assertEquals(0, loader.loadIfConfigured());
        assertEquals(300, count("select count(*) from conversation where slug like 'syn-%'"));
        SyntheticStoreException refused = assertThrows(SyntheticStoreException.class,
                () -> loader.load(new SyntheticStore.Size(8, 300, 10)));
        assertTrue(refused.getMessage().contains("seed=7") && refused.getMessage().contains("seed=8"),
                refused.getMessage());
    }

    /** Hibernate's pooled ids come from the sequences, which the load moved past the synthetic ids. */
    @Test
    void idsHandedOutLaterNeverCollideWithSyntheticRows() {
        long highestSynthetic = count("select max(id) from topic");
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> java.util.stream.IntStream.range(0, 120)
                .mapToObj(i -> {
                    Topic topic = new Topic();
                    topic.slug = "after-the-synthetic-store-" + i;
                    topic.name = "After " + i;
                    topic.description = "Created after loading.";
                    topic.persist();
                    return topic.id;
                }).toList());
        try {
            // 120 ids need more than the block of 50 allocated before the load, so the last ones are drawn anew.
            assertTrue(ids.get(ids.size() - 1) > highestSynthetic, "new ids " + ids);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "delete from topic where slug like 'after-the-synthetic-store-%'").executeUpdate());
        }
    }

    @Test
    void theRealLeadersLeadTheParticipation() {
        @SuppressWarnings("unchecked")
        List<Number> top = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select leader_id from participation where conversation_id >= " + SyntheticStore.FIRST_ID
                        + " group by leader_id order by count(*) desc, leader_id limit 3").getResultList());
        assertTrue(top.stream().allMatch(id -> id.longValue() < SyntheticStore.FIRST_ID), "top leaders " + top);
        graphql("query($id: ID!) { node(id: $id) { ... on Leader { conversations(first: 2) { totalCount } } } }",
                Map.of("id", GraphQLClient.id("Leader", "vladimir-putin")))
                .body("data.node.conversations.totalCount", org.hamcrest.Matchers.greaterThan(30));
    }

    /** 50 topics, one statement each: the database returns at most 2 rows per topic, not all their statements. */
    @Test
    void nestedPagesAreCutOnTheDatabase() {
        String query = "{ topics(first: 50) { edges { node { statements(first: 1) { totalCount edges { node { id } } } } } } }";
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        List<Integer> totals = graphql(query).extract().path("data.topics.edges.node.statements.totalCount");
        long loaded = statistics.getEntityStatistics(Statement.class.getName()).getLoadCount();
        int children = totals.stream().mapToInt(Integer::intValue).sum();
        assertEquals(50, totals.size());
        assertTrue(children > 4 * 50 * 2, "the topics must have many more statements than their pages: " + children);
        assertTrue(loaded <= 50 * 2, "loaded " + loaded + " statements for 50 pages of 1 (+1 to see the next page)");
    }
}
