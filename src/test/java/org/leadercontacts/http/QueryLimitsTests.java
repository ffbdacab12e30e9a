package org.leadercontacts.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leadercontacts.GraphQLClient;

import graphql.introspection.IntrospectionQuery;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Each limit rejects a query before it runs, with a clear error naming the limit; ordinary use passes. */
@QuarkusTest
class QueryLimitsTests {

    @Test
    void tooDeep() {
        String query = "{ leaders(first: 1) { edges { node { counterparts(first: 1) { edges { node { conversations(first: 1) { edges { node { "
                + "participants { leader { aliases { source { document { id } } } } } } } } } } } } } } }";
        limit(query, "depth", 12).body("errors[0].message", equalTo("The query nests fields 13 deep; the limit is 12."));
    }

    /** graphql-java runs the first operation for an empty name, so the limits must apply to it too. */
    @Test
    void anEmptyOperationNameDoesNotEscapeTheLimits() {
        String costly = "query Costly { conversations(first: 100) { edges { node { statements(first: 100) { edges { "
                + "node { text } } } } } } }";
        for (String empty : new String[] { "", " " }) {
            given().contentType("application/json").body(Map.of("query", costly, "operationName", empty))
                    .post("/graphql").then().statusCode(200).body("data", equalTo(null))
                    .body("errors[0].extensions.limit", equalTo("cost"));
            given().queryParam("query", costly).queryParam("operationName", empty).get("/graphql").then()
                    .statusCode(200).body("data", equalTo(null)).body("errors[0].extensions.limit", equalTo("cost"));
        }
    }

    @Test
    void tooManyAliases() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 16; i++) {
            query.append(" a").append(i).append(": topics { totalCount }");
        }
        limit(query.append(" }").toString(), "aliases", 15);
    }

    @Test
    void tooManyTokens() {
        limit("{ topics { totalCount" + " __typename".repeat(1100) + " } }", "tokens", 1000);
    }

    @Test
    void tooManyCharacters() {
        limit("{ topics { totalCount } }" + " ".repeat(20_001), "characters", 20_000);
    }

    @Test
    void tooCostly() {
        limit("{ conversations(first: 100) { edges { node { statements(first: 100) { edges { node { text } } } } } } }",
                "cost", 5000);
    }

    @Test
    void costCountsPageSizesGivenAsVariables() {
        GraphQLClient.graphql("query($n: Int) { conversations(first: $n) { edges { node { statements(first: $n) { "
                + "edges { node { text } } } } } } }", Map.of("n", 100)).statusCode(200)
                .body("errors[0].extensions.limit", equalTo("cost"));
        GraphQLClient.graphql("query($n: Int) { conversations(first: $n) { edges { node { statements(first: $n) { "
                + "edges { node { text } } } } } } }", Map.of("n", 5)).statusCode(200).body("errors", equalTo(null));
    }

    /**
     * Nine aliases of a hundred statements with their documents' full texts pass the field limits but answer
     * about 2 MB each; sixteen clients sending it ran the shipped 128 MB heap out of memory.
     */
    @Test
    void anAnswerTooLargeToBuildIsRejectedBeforeItRuns() {
        String alias = "s%d: statements(first: 100) { edges { node { text source { document { text } } } } }";
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 9; i++) {
            query.append(' ').append(alias.formatted(i));
        }
        given().contentType("application/json").body(Map.of("query", query.append(" }").toString())).post("/graphql")
                .then().statusCode(200).body("data", equalTo(null))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("answerBytes"))
                .body("errors[0].extensions.max", equalTo(1_048_576))
                .body("errors[0].message", startsWith("The answer could reach "));
    }

    @Test
    void oneHundredFullTextsFitTheAnswerLimit() {
        String texts = GraphQLClient.graphql("{ statements(first: 100) { edges { node { source { document { text } } } "
                + "} } }").statusCode(200).body("errors", equalTo(null)).extract().asString();
        int longest = GraphQLClient.graphql("{ documents(first: 100) { edges { node { length } } } }").extract()
                .jsonPath().getList("data.documents.edges.node.length", Integer.class).stream()
                .mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(texts.length() < 100L * (longest + 200), "the estimate is an upper bound: " + texts.length());
    }

    @Test
    void contextAroundASpanCountsTheCharactersAskedFor() {
        given().contentType("application/json").body(Map.of("query", "{ statements(first: 100) { edges { node { "
                + "source { a: before(chars: 2000) b: after(chars: 2000) c: before(chars: 2000) d: after(chars: 2000) "
                + "e: before(chars: 2000) f: after(chars: 2000) } } } } }")).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.limit", equalTo("answerBytes"));
        GraphQLClient.graphql("{ statements(first: 100) { edges { node { source { before after } } } } }")
                .statusCode(200).body("errors", equalTo(null));
    }

    @Test
    void tooManyDirectivesOnAField() {
        limit("{ topics @include(if: true) @skip(if: false) @include(if: true) @skip(if: false) { totalCount } }",
                "directivesPerField", 3);
    }

    @Test
    void graphiQLsIntrospectionIsAllowed() throws IOException {
        for (String introspection : new String[] { resource("/introspection/graphiql.graphql"),
                IntrospectionQuery.INTROSPECTION_QUERY }) {
            GraphQLClient.graphql(introspection).statusCode(200).body("errors", equalTo(null))
                    .body("data.__schema.types.size()", greaterThan(40));
        }
    }

    @Test
    void abusiveIntrospectionIsStillBounded() {
        StringBuilder query = new StringBuilder("{ __schema { types { ");
        for (int i = 0; i < 12; i++) {
            query.append("fields { type { ");
        }
        query.append("name").append(" } }".repeat(12)).append(" } } }");
        limit(query.toString(), "introspectionDepth", 20);
    }

    private static ValidatableResponse limit(String query, String limit, int max) {
        return given().contentType("application/json").body(Map.of("query", query)).post("/graphql").then()
                .statusCode(200)
                .body("data", equalTo(null))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo(limit))
                .body("errors[0].extensions.max", equalTo(max));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = QueryLimitsTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
