package org.leadercontacts;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Nested fields are batched: the SQL a query costs does not grow with the number of rows it returns.
 * Compared on rows of the same shape, because a resolver with nothing to load runs no query at all.
 */
@QuarkusTest
class BatchingTests {

    static final String COPY = "copy-of-the-2025-call-";

    static final String TIMELINE = """
            query($first: Int, $filter: ConversationFilter) { conversations(first: $first, filter: $filter, orderBy: DATE_DESC) { totalCount edges { node {
              title date initiator { name }
              participants { role leader { name country { name } aliases { text } offices { title } } }
              topics { name } evidence { fact source { text } }
              sources { reportedDate document { publisher citations { name } } excerpt { text before after } }
              statements(first: 3) { totalCount edges { node { text speaker { name } topics { name } versions { text } } } }
            } } } }""";

    static final String LEADERS = """
            query($first: Int) { leaders(first: $first) { edges { node {
              name counterparts(first: 5) { edges { node { name } } }
              conversations(first: 2) { totalCount edges { node { title participants { leader { name } } } } }
            } } } }""";

    static final int COPIES = 20;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    TestStore store;

    /** Many conversations of the same shape: copies of the 2025 call, with its reports, facts and statements. */
    @BeforeEach
    void copyTheCall() {
        store.addCopiesOfTheCall(COPY, COPIES, true);
    }

    @AfterEach
    void removeTheCopies() {
        store.removeCopies(COPY);
    }

    @Test
    void timelineCostsTheSameSqlForOneConversationAsForMany() {
        // Newest first, so that the single conversation is one of the copies (ids above the original's).
        Map<String, Object> one = Map.of("first", 1, "filter", Map.of("kind", "PHONE_CALL", "from", "2025-01-01"));
        Map<String, Object> many = Map.of("first", COPIES + 5, "filter", Map.of("kind", "PHONE_CALL", "from", "2025-01-01"));
        long forOne = statementsFor(TIMELINE, one);
        String oneQueries = queries();
        assertEquals(COPIES + 1, GraphQLClient.graphql(TIMELINE, many).extract().jsonPath()
                .getList("data.conversations.edges").size());
        long forMany = statementsFor(TIMELINE, many);
        assertTrue(forOne > 0, "the statistics must count something");
        assertEquals(forOne, forMany, "SQL statements for 1 conversation vs " + (COPIES + 1) + ".\nFor one:\n"
                + oneQueries + "\nFor many:\n" + queries());
    }

    @Test
    void leaderListWithNestedConnectionsCostsTheSameSqlForOneLeaderAsForAll() {
        long one = statementsFor(LEADERS, Map.of("first", 1));
        long all = statementsFor(LEADERS, Map.of("first", 100));
        assertEquals(one, all, "SQL statements for 1 leader vs all of them");
    }

    /** Each HQL query run since the statistics were cleared, with how often: what to look at when this fails. */
    private String queries() {
        var statistics = sessionFactory.getStatistics();
        return java.util.Arrays.stream(statistics.getQueries()).sorted()
                .map(q -> statistics.getQueryStatistics(q).getExecutionCount() + "x " + q)
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** SQL statements of a warm run; each run gets a fresh comment, so the response cache cannot answer it. */
    private long statementsFor(String query, Map<String, Object> variables) {
        GraphQLClient.graphql(query + "\n# " + System.nanoTime(), variables).statusCode(200).body("errors", equalTo(null));
        sessionFactory.getStatistics().clear();
        GraphQLClient.graphql(query + "\n# " + System.nanoTime(), variables).statusCode(200).body("errors", equalTo(null));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
