package org.leadercontacts;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Conversations filtered by participant are paged along the participation index of the participant with the
 * fewest conversations. The answers must be those of the unfiltered list, in its order, however they are paged.
 */
@QuarkusTest
class ConversationsByParticipantTests {

    static final String COPY = "participant-copy-of-the-2025-call-";

    static final String LIST = """
            query($filter: ConversationFilter, $order: ConversationOrder, $first: Int, $after: String, $last: Int,
                  $before: String) {
              conversations(filter: $filter, orderBy: $order, first: $first, after: $after, last: $last, before: $before) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { node { id participants { leader { id } } } } } }""";

    @Inject
    TestStore store;

    @BeforeEach
    void copyTheCall() {
        store.addCopiesOfTheCall(COPY, 12, false);
    }

    @AfterEach
    void removeTheCopies() {
        store.removeCopies(COPY);
    }

    @Test
    void aParticipantFilterKeepsTheUnfilteredOrder() {
        String putin = GraphQLClient.id("Leader", "vladimir-putin");
        for (Map<String, Object> base : List.<Map<String, Object>> of(Map.of(), Map.of("from", "2025-01-01"),
                Map.of("to", "2024-12-31"))) {
            for (String order : List.of("DATE_ASC", "DATE_DESC")) {
                JsonPath all = list(Map.of("order", order, "first", 100, "filter", base));
                List<String> withPutin = new ArrayList<>();
                List<Map<String, Object>> edges = all.getList("data.conversations.edges");
                for (int i = 0; i < edges.size(); i++) {
                    if (all.getList("data.conversations.edges[" + i + "].node.participants.leader.id").contains(putin)) {
                        withPutin.add(all.getString("data.conversations.edges[" + i + "].node.id"));
                    }
                }
                Map<String, Object> filter = new HashMap<>(base);
                filter.put("participant", putin);
                JsonPath filtered = list(Map.of("order", order, "first", 100, "filter", filter));
                assertEquals(withPutin, filtered.getList("data.conversations.edges.node.id"), base + " " + order);
                assertEquals(withPutin.size(), filtered.getInt("data.conversations.totalCount"));
            }
        }
    }

    @Test
    void aLeaderNamedAsParticipantAndInBetweenCountsOnce() {
        String putin = GraphQLClient.id("Leader", "vladimir-putin");
        List<String> pair = List.of(putin, GraphQLClient.id("Leader", "ahmed-al-sharaa"));
        JsonPath between = list(Map.of("first", 100, "filter", Map.of("between", pair)));
        JsonPath both = list(Map.of("first", 100, "filter", Map.of("between", pair, "participant", putin)));
        assertEquals(between.getList("data.conversations.edges.node.id"), both.getList("data.conversations.edges.node.id"));
        assertEquals(13, both.getInt("data.conversations.totalCount"));
    }

    @Test
    void walkingAPairForwardAndBackwardVisitsEachConversationOnce() {
        Map<String, Object> between = Map.of("between",
                List.of(GraphQLClient.id("Leader", "vladimir-putin"), GraphQLClient.id("Leader", "ahmed-al-sharaa")));
        for (String order : List.of("DATE_ASC", "DATE_DESC")) {
            JsonPath all = list(Map.of("order", order, "first", 100, "filter", between));
            List<String> expected = all.getList("data.conversations.edges.node.id");
            assertEquals(13, all.getInt("data.conversations.totalCount"), "the 2025 call and its 12 copies");

            List<String> forward = new ArrayList<>();
            String after = null;
            do {
                Map<String, Object> variables = new HashMap<>(Map.of("order", order, "first", 3, "filter", between));
                if (after != null) {
                    variables.put("after", after);
                }
                JsonPath page = list(variables);
                forward.addAll(page.getList("data.conversations.edges.node.id"));
                after = page.getBoolean("data.conversations.pageInfo.hasNextPage")
                        ? page.getString("data.conversations.pageInfo.endCursor") : null;
            } while (after != null);
            assertEquals(expected, forward, order + ", forward");

            List<String> backward = new ArrayList<>();
            String before = null;
            do {
                Map<String, Object> variables = new HashMap<>(Map.of("order", order, "last", 4, "filter", between));
                if (before != null) {
                    variables.put("before", before);
                }
                JsonPath page = list(variables);
                backward.addAll(0, page.getList("data.conversations.edges.node.id"));
                before = page.getBoolean("data.conversations.pageInfo.hasPreviousPage")
                        ? page.getString("data.conversations.pageInfo.startCursor") : null;
            } while (before != null);
            assertEquals(expected, backward, order + ", backward");
        }
    }

    private static JsonPath list(Map<String, Object> variables) {
        return GraphQLClient.graphql(LIST + "\n# " + System.nanoTime(), variables).statusCode(200)
                .body("errors", equalTo(null)).extract().jsonPath();
    }
}
