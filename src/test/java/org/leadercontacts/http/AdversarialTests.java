package org.leadercontacts.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadercontacts.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;

/**
 * Hostile and careless input: every answer is a clear client error (4xx, or a GraphQL error with a
 * code), never a 5xx or a stack trace, and the service answers a normal query right after.
 */
@QuarkusTest
class AdversarialTests {

    static Stream<Arguments> hostileBodies() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("deep nesting", json("{" + "a {".repeat(3000) + "}".repeat(3001))));
        cases.add(Arguments.of("deep valid nesting", json("{ leaders(first: 1) { edges { node { counterparts(first: 1) "
                + "{ edges { node {".repeat(20) + " name" + " } } } }".repeat(20) + " } } } }")));
        cases.add(Arguments.of("alias bomb", json("{" + " x: __typename".repeat(5000) + " }")));
        cases.add(Arguments.of("fragment cycle", json("query { ...A } fragment A on Query { ...B } "
                + "fragment B on Query { ...A }")));
        cases.add(Arguments.of("fragment fan-out", json(fanOut())));
        cases.add(Arguments.of("directive flood", json("{ topics" + " @include(if: true)".repeat(2000)
                + " { totalCount } }")));
        cases.add(Arguments.of("huge string literal", json("{ search(text: \"" + "a".repeat(60_000) + "\") { totalCount } }")));
        cases.add(Arguments.of("huge body", json("{ topics { totalCount } }" + " ".repeat(2_000_000))));
        cases.add(Arguments.of("answer too large to build", json(IntStream.range(0, 9).mapToObj(i -> "s" + i
                + ": statements(first: 100) { edges { node { source { document { text } } } } }")
                .collect(Collectors.joining(" ", "{ ", " }")))));
        cases.add(Arguments.of("null bytes", json("{ topics\u0000 { totalCount } }")));
        cases.add(Arguments.of("unknown operation name", "{\"query\": \"query A { topics { totalCount } }\", "
                + "\"operationName\": \"B\"}"));
        cases.add(Arguments.of("two anonymous operations", json("{ topics { totalCount } } { leaders { totalCount } }")));
        cases.add(Arguments.of("subscription", json("subscription { topics { totalCount } }")));
        for (String variables : List.of("{\"n\": \"abc\"}", "{\"n\": 1.5}", "{\"n\": 99999999999}", "{\"n\": -5}",
                "{\"n\": [1]}", "{\"n\": {\"a\": 1}}", "{\"n\": null}", "{\"n\": true}")) {
            cases.add(Arguments.of("variable " + variables, "{\"query\": \"query($n: Int) { statements(first: $n) { "
                    + "totalCount } }\", \"variables\": " + variables + "}"));
        }
        for (String filter : List.of("\"x\"", "[1, 2]", "{\"between\": \"x\"}", "{\"from\": \"2025-99-99\"}",
                "{\"kind\": \"PIGEON\"}", "{\"participant\": 12}")) {
            cases.add(Arguments.of("filter " + filter, "{\"query\": \"query($f: ConversationFilter) { conversations("
                    + "filter: $f) { totalCount } }\", \"variables\": {\"f\": " + filter + "}}"));
        }
        for (String text : List.of("'; DROP TABLE leader; --", "%", "_", "\\\\", "' OR 1=1 --", "%' OR '1'='1",
                "\\\"unbalanced", "*", "~", "AND OR NOT", "\u202Eevil\u202C", "😀", "\u0000")) {
            String escaped = new JsonObject().put("t", text).encode();
            cases.add(Arguments.of("name " + text, "{\"query\": \"query($t: String) { leaders(filter: {name: $t}) { "
                    + "totalCount } }\", \"variables\": " + escaped + "}"));
            cases.add(Arguments.of("search " + text, "{\"query\": \"query($t: String!) { search(text: $t) { totalCount "
                    + "} }\", \"variables\": " + escaped + "}"));
            cases.add(Arguments.of("matching " + text, "{\"query\": \"query($t: String) { statements(filter: "
                    + "{matching: $t}) { totalCount } }\", \"variables\": " + escaped + "}"));
        }
        Random random = new Random(20261122);
        for (int i = 0; i < 40; i++) {
            byte[] bytes = new byte[1 + random.nextInt(400)];
            random.nextBytes(bytes);
            cases.add(Arguments.of("random bytes " + i, new String(bytes, StandardCharsets.ISO_8859_1)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void hostileInputGetsAClearClientErrorAndTheServiceSurvives(String name, String body) {
        Response response = given().contentType("application/json").body(body.getBytes(StandardCharsets.ISO_8859_1))
                .post("/graphql");
        int status = response.statusCode();
        String text = response.asString();
        assertTrue(status >= 200 && status < 500, name + ": status " + status + ": " + shorten(text));
        assertFalse(text.contains("\tat ") || text.contains("java.") || text.contains("org.leadercontacts"),
                name + ": leaks internals: " + shorten(text));
        assertFalse(text.contains("Internal server error"), name + ": a client error reported as a server error: "
                + shorten(text));
        if (status == 200) {
            JsonObject answer = new JsonObject(text);
            assertTrue(answer.containsKey("data") || answer.containsKey("errors"), name + ": " + shorten(text));
        }
        GraphQLClient.graphql("{ topics { totalCount } }").statusCode(200).body("data.topics.totalCount", equalTo(17));
    }

    /** Fragments that each spread the previous one ten times: 10^8 fields if expanded naively. */
    private static String fanOut() {
        StringBuilder query = new StringBuilder("query { topics { edges { node { ...F8 } } } }");
        query.append(" fragment F0 on Topic { name }");
        for (int i = 1; i <= 8; i++) {
            query.append(" fragment F").append(i).append(" on Topic {").append((" ...F" + (i - 1)).repeat(10)).append(" }");
        }
        return query.toString();
    }

    private static String json(String query) {
        return new JsonObject(Map.of("query", query)).encode();
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
