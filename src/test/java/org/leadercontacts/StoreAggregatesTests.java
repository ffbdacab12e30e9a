package org.leadercontacts;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Totals and counterpart tallies are computed once per store revision, and every change to the store
 * shows in them at once. Each query carries a fresh comment, so the response cache never answers it.
 */
@QuarkusTest
class StoreAggregatesTests {

    static final String COPY = "aggregates-copy-of-the-2025-call-";

    static final String STATEMENT_TOTAL = "{ statements(first: 1) { totalCount } }";

    static final String PUTIN = """
            query($id: ID!) { node(id: $id) { ... on Leader {
              conversations(first: 1) { totalCount }
              counterparts(first: 20) { totalCount edges { conversationCount node { name } } }
            } } }""";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    TestStore store;

    @Test
    void anUnfilteredTotalIsCountedOncePerRevision() {
        store.commit(() -> { });
        sessionFactory.getStatistics().clear();
        int total = query(STATEMENT_TOTAL, Map.of()).getInt("data.statements.totalCount");
        assertEquals(total, query(STATEMENT_TOTAL, Map.of()).getInt("data.statements.totalCount"));
        assertEquals(total, query(STATEMENT_TOTAL, Map.of()).getInt("data.statements.totalCount"));
        assertEquals(1, countQueries("from Statement s"), "count queries for three requests at one revision");

        store.commit(() -> { });
        assertEquals(total, query(STATEMENT_TOTAL, Map.of()).getInt("data.statements.totalCount"));
        assertEquals(2, countQueries("from Statement s"), "a new revision counts again");
    }

    @Test
    void totalsAndTalliesFollowEveryChange() {
        Map<String, Object> putin = Map.of("id", GraphQLClient.id("Leader", "vladimir-putin"));
        var before = query(PUTIN, putin);
        int conversations = before.getInt("data.node.conversations.totalCount");
        int withSharaa = before.getInt("data.node.counterparts.edges.find { it.node.name == 'Ahmed al-Sharaa' }"
                + ".conversationCount");

        store.addCopiesOfTheCall(COPY, 1, false);
        var after = query(PUTIN, putin);
        assertEquals(conversations + 1, after.getInt("data.node.conversations.totalCount"));
        assertEquals(withSharaa + 1, after.getInt("data.node.counterparts.edges.find { it.node.name == "
                + "'Ahmed al-Sharaa' }.conversationCount"));

        removeTheCopy();
        var restored = query(PUTIN, putin);
        assertEquals(conversations, restored.getInt("data.node.conversations.totalCount"));
        assertEquals(withSharaa, restored.getInt("data.node.counterparts.edges.find { it.node.name == "
                + "'Ahmed al-Sharaa' }.conversationCount"));
    }

    @AfterEach
    void removeTheCopy() {
        store.removeCopies(COPY);
    }

    private static io.restassured.path.json.JsonPath query(String query, Map<String, Object> variables) {
        return GraphQLClient.graphql(query + "\n# " + System.nanoTime(), variables).statusCode(200)
                .body("errors", equalTo(null)).extract().jsonPath();
    }

    private long countQueries(String from) {
        var statistics = sessionFactory.getStatistics();
        return Arrays.stream(statistics.getQueries()).filter(q -> q.startsWith("select count(") && q.contains(from))
                .mapToLong(q -> statistics.getQueryStatistics(q).getExecutionCount()).sum();
    }
}
