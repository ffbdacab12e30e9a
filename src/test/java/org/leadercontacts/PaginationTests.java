package org.leadercontacts;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Relay cursor pagination: complete, stable, in both directions, and strict about bad cursors. */
@QuarkusTest
class PaginationTests {

    static final String STATEMENTS = """
            query($first: Int, $after: String, $last: Int, $before: String, $order: StatementOrder) {
              statements(first: $first, after: $after, last: $last, before: $before, orderBy: $order) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id } } } }""";

    @Test
    void walkingForwardVisitsEveryStatementOnceInOrder() {
        List<String> all = ids(page(Map.of("first", 100)), "statements");
        List<String> walked = new ArrayList<>();
        String after = null;
        int pages = 0;
        while (true) {
            Map<String, Object> variables = new HashMap<>(Map.of("first", 7));
            if (after != null) {
                variables.put("after", after);
            }
            JsonPath page = page(variables);
            walked.addAll(ids(page, "statements"));
            pages++;
            assertEquals(pages > 1, page.getBoolean("data.statements.pageInfo.hasPreviousPage"));
            if (!page.getBoolean("data.statements.pageInfo.hasNextPage")) {
                break;
            }
            after = page.getString("data.statements.pageInfo.endCursor");
        }
        assertEquals(all, walked);
        assertEquals(page(Map.of("first", 1)).getInt("data.statements.totalCount"), walked.size());
        assertEquals((walked.size() + 6) / 7, pages);
    }

    @Test
    void walkingBackwardVisitsTheSameStatementsInTheSameOrder() {
        List<String> all = ids(page(Map.of("first", 100)), "statements");
        List<String> walked = new ArrayList<>();
        String before = null;
        while (true) {
            Map<String, Object> variables = new HashMap<>(Map.of("last", 5));
            if (before != null) {
                variables.put("before", before);
            }
            JsonPath page = page(variables);
            List<String> ids = ids(page, "statements");
            walked.addAll(0, ids);
            if (!page.getBoolean("data.statements.pageInfo.hasPreviousPage")) {
                break;
            }
            before = page.getString("data.statements.pageInfo.startCursor");
        }
        assertEquals(all, walked);
    }

    @Test
    void descendingOrderIsTheReverseOfAscending() {
        List<String> ascending = ids(page(Map.of("first", 100)), "statements");
        List<String> descending = ids(page(Map.of("first", 100, "order", "DATE_DESC")), "statements");
        Collections.reverse(descending);
        // Within one date, ties are broken by id in the same direction, so the lists mirror exactly.
        assertEquals(ascending, descending);
    }

    @Test
    void afterAndBeforeTogetherGiveTheRowsBetween() {
        JsonPath all = page(Map.of("first", 10));
        List<String> cursors = all.getList("data.statements.edges.cursor");
        JsonPath between = page(Map.of("first", 100, "after", cursors.get(2), "before", cursors.get(7)));
        assertEquals(ids(all, "statements").subList(3, 7), ids(between, "statements"));
    }

    @Test
    void emptyPageHasNoCursors() {
        JsonPath page = page(Map.of("first", 0));
        assertEquals(List.of(), ids(page, "statements"));
        assertEquals(null, page.getString("data.statements.pageInfo.endCursor"));
        assertTrue(page.getBoolean("data.statements.pageInfo.hasNextPage"));
    }

    @Test
    void nestedConnectionsPagePerParent() {
        String query = """
                query($after: String) { leaders(filter: {name: "Putin"}) { edges { node {
                  conversations(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor }
                    edges { node { date } } } } } } }""";
        JsonPath first = GraphQLClient.graphql(query, Map.of()).statusCode(200).body("errors", equalTo(null))
                .extract().jsonPath();
        String base = "data.leaders.edges[0].node.conversations";
        assertEquals(List.of("2021-09-13", "2022-02-25"), first.getList(base + ".edges.node.date"));
        assertTrue(first.getBoolean(base + ".pageInfo.hasNextPage"));
        JsonPath second = GraphQLClient.graphql(query, Map.of("after", first.getString(base + ".pageInfo.endCursor")))
                .statusCode(200).body("errors", equalTo(null)).extract().jsonPath();
        assertEquals(List.of("2025-02-12"), second.getList(base + ".edges.node.date"));
        assertFalse(second.getBoolean(base + ".pageInfo.hasNextPage"));
        assertEquals(3, second.getInt(base + ".totalCount"));
    }

    @Test
    void aCursorFromAnotherListIsRejected() {
        String conversationCursor = GraphQLClient.graphql("{ conversations(first: 1) { pageInfo { endCursor } } }")
                .extract().path("data.conversations.pageInfo.endCursor");
        GraphQLClient.graphql(STATEMENTS, Map.of("first", 5, "after", conversationCursor)).statusCode(200)
                .body("data", equalTo(null))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("Cursor \"" + conversationCursor + "\" belongs to another list or "
                        + "ordering. Use a cursor from this connection's own pageInfo or edges."));
    }

    @Test
    void aCursorFromAnotherOrderingIsRejected() {
        String ascending = page(Map.of("first", 1)).getString("data.statements.pageInfo.endCursor");
        GraphQLClient.graphql(STATEMENTS, Map.of("first", 5, "after", ascending, "order", "DATE_DESC"))
                .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void malformedCursorsAreRejectedWithAClearMessage() {
        for (String cursor : List.of("not-a-cursor", "", "djE", "%%%", "djEfc3RhdGVtZW50OkRBVEVfQVNDH3gfeQ")) {
            GraphQLClient.graphql(STATEMENTS, Map.of("first", 5, "after", cursor)).statusCode(200)
                    .body("data", equalTo(null))
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
    }

    @Test
    void pageSizesAreBounded() {
        GraphQLClient.graphql(STATEMENTS, Map.of("first", 101)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("`first` must be between 0 and 100; got 101."));
        GraphQLClient.graphql(STATEMENTS, Map.of("last", -1)).statusCode(200)
                .body("errors[0].message", equalTo("`last` must be between 0 and 100; got -1."));
        GraphQLClient.graphql(STATEMENTS, Map.of("first", 1, "last", 1)).statusCode(200)
                .body("errors[0].message", equalTo("Pass either `first` or `last`, not both."));
    }

    private static JsonPath page(Map<String, Object> variables) {
        return GraphQLClient.graphql(STATEMENTS, variables).statusCode(200).body("errors", equalTo(null)).extract()
                .jsonPath();
    }

    private static List<String> ids(JsonPath page, String field) {
        return page.getList("data." + field + ".edges.node.id");
    }
}
