package org.leadercontacts;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Nested fields are batched: the SQL a query costs does not grow with the number of rows it returns. */
@QuarkusTest
class BatchingTests {

    static final String TIMELINE = """
            query($first: Int) { conversations(first: $first) { totalCount edges { node {
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

    @Inject
    SessionFactory sessionFactory;

    @Test
    void timelineCostsTheSameSqlForOneConversationAsForAll() {
        long one = statementsFor(TIMELINE, 1);
        long all = statementsFor(TIMELINE, 100);
        assertTrue(one > 0, "the statistics must count something");
        assertEquals(one, all, "SQL statements for 1 conversation vs all of them");
    }

    @Test
    void leaderListWithNestedConnectionsCostsTheSameSqlForOneLeaderAsForAll() {
        long one = statementsFor(LEADERS, 1);
        long all = statementsFor(LEADERS, 100);
        assertEquals(one, all, "SQL statements for 1 leader vs all of them");
    }

    private long statementsFor(String query, int first) {
        GraphQLClient.graphql(query, Map.of("first", first)).statusCode(200).body("errors", equalTo(null));
        sessionFactory.getStatistics().clear();
        GraphQLClient.graphql(query, Map.of("first", first)).statusCode(200).body("errors", equalTo(null));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
