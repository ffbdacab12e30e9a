package org.leadercontacts.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Apollo's automatic persisted queries, at the protocol's edges (ApolloPersistedQueryTests runs the real link):
 * an unknown hash asks for the text, a hash with its text is checked and kept, a hash alone runs what was kept,
 * over POST and GET, through the response cache and GET caching.
 */
@QuarkusTest
class PersistedQueryTests {

    static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";

    @Test
    void anUnknownHashAsksForTheQueryTheWayApolloExpects() {
        String query = "{ topics(first: 5) { totalCount } } # unknown " + System.nanoTime();
        post(Map.of("extensions", extension(sha256(query))), "application/json").statusCode(200)
                .header("Cache-Control", containsString("no-cache"))
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo(NOT_FOUND)).body("data", equalTo(null));
        post(Map.of("extensions", extension(sha256(query))), "application/graphql-response+json").statusCode(404)
                .contentType(startsWith("application/graphql-response+json"))
                .body("errors[0].extensions.code", equalTo(NOT_FOUND));
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + sha256(query) + "\"}}")
                .get("/graphql").then().statusCode(200).header("Cache-Control", containsString("no-cache"))
                .body("errors[0].extensions.code", equalTo(NOT_FOUND));
    }

    @Test
    void aHashWithItsQueryIsKeptAndTheHashAloneRunsItOverPostAndGet() {
        String query = "{ topics(first: 6) { totalCount } } # kept " + System.nanoTime();
        String hash = sha256(query);
        post(Map.of("query", query, "extensions", extension(hash)), "application/json").statusCode(200)
                .body("data.topics.totalCount", equalTo(17));
        for (int attempt = 0; attempt < 2; attempt++) { // the second from the response cache
            post(Map.of("extensions", extension(hash)), "application/json").statusCode(200)
                    .body("data.topics.totalCount", equalTo(17));
        }
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
        String etag = given().queryParam("extensions", extensions).get("/graphql").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60")).body("data.topics.totalCount", equalTo(17))
                .extract().header("ETag");
        given().queryParam("extensions", extensions).header("If-None-Match", etag).get("/graphql").then()
                .statusCode(304);
    }

    @Test
    void variablesAndOperationNamesWorkWithAHash() {
        String query = "query Few($n: Int) { topics(first: $n) { edges { node { name } } } } # " + System.nanoTime();
        String hash = sha256(query);
        post(Map.of("query", query, "operationName", "Few", "variables", Map.of("n", 2), "extensions", extension(hash)),
                "application/json").statusCode(200).body("data.topics.edges.size()", equalTo(2));
        post(Map.of("operationName", "Few", "variables", Map.of("n", 3), "extensions", extension(hash)),
                "application/json").statusCode(200).body("data.topics.edges.size()", equalTo(3));
    }

    @Test
    void aHashThatIsNotTheQuerysIsRefusedAndNothingIsKept() {
        String query = "{ topics(first: 7) { totalCount } } # mismatch " + System.nanoTime();
        String other = sha256(query + " ");
        post(Map.of("query", query, "extensions", extension(other)), "application/json").statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", equalTo("provided sha does not match query"));
        post(Map.of("extensions", extension(other)), "application/json").statusCode(200)
                .body("errors[0].extensions.code", equalTo(NOT_FOUND));
    }

    @Test
    void malformedPersistedQueryExtensionsAreBadRequests() {
        String hash = sha256("{ topics { totalCount } }");
        post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", hash))),
                "application/json").statusCode(400).body("errors[0].message",
                        equalTo("Unsupported persisted query version"));
        post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "xyz"))),
                "application/json").statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        post(Map.of("extensions", Map.of("persistedQuery", "x")), "application/json").statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void requestsWithoutAPersistedQueryAreUnchanged() {
        post(Map.of("query", "{ topics { totalCount } }", "extensions", Map.of("other", 1)), "application/json")
                .statusCode(200).body("data.topics.totalCount", equalTo(17));
        post(Map.of("extensions", Map.of("other", 1)), "application/json").statusCode(400)
                .body("errors[0].message", equalTo("`query` must be a non-empty string."));
    }

    static Map<String, Object> extension(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    static ValidatableResponse post(Map<String, Object> body, String accept) {
        return given().contentType("application/json").accept(accept).body(body).post("/graphql").then();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
