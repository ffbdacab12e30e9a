package org.leadercontacts.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * With an allow-list of origins configured, every answer of the GraphQL endpoint to an allowed origin carries
 * the CORS headers, whoever writes it: the engine, the response cache, the guard's 304 and its rejections.
 * Preflights are answered before the guard; other origins are refused. {@code CorsBrowserTests} shows the same
 * with a real browser.
 */
@QuarkusTest
@TestProfile(CorsTests.AllowList.class)
class CorsTests {

    static final String ALLOWED = "http://front-end.test:3000";
    static final String OTHER = "http://elsewhere.test";

    public static class AllowList implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // 127.0.0.1 on any port, for the browser test's page server; localhost stays another origin.
            return Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins",
                    ALLOWED + ",/http://127\\.0\\.0\\.1:[0-9]+/");
        }
    }

    @Test
    void preflightsFromAnAllowedOriginAreAnsweredBeforeTheGuard() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization").options("/graphql").then()
                .statusCode(200).header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("content-type"))
                .header("Access-Control-Max-Age", notBlank());
    }

    @Test
    void executedAndCachedAnswersCarryTheHeaders() {
        String query = "{\"query\": \"{ topics(first: 3) { totalCount } }\"}";
        for (int attempt = 0; attempt < 2; attempt++) { // the second is served by the response cache
            cors(post(query)).statusCode(200).body("data.topics.totalCount", equalTo(17));
        }
        String text = "{ topics(first: 4) { totalCount } }";
        String etag = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            etag = cors(origin().queryParam("query", text).get("/graphql").then()).statusCode(200)
                    .header("Vary", containsString("Accept")).body("data.topics.totalCount", equalTo(17))
                    .extract().header("ETag");
        }
        cors(origin().header("If-None-Match", etag).queryParam("query", text).get("/graphql").then()).statusCode(304);
    }

    @Test
    void errorsAndRejectionsCarryTheHeaders() {
        cors(post("{\"query\": \"{ topics { nosuchfield } }\"}")).statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        cors(post("{}")).statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        cors(post("{\"query\": \"{ topics { totalCount } }\", \"pad\": \"" + "x".repeat(70_000) + "\"}"))
                .statusCode(413).body("errors[0].extensions.code", equalTo("PAYLOAD_TOO_LARGE"));
        cors(post("{\"query\": \"{ topics { totalCount } }" + " ".repeat(20_000) + "\"}")).statusCode(200)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
        String mutation = "{\"query\": \"mutation { updateStatement(input: {id: \\\"x\\\", expectedVersion: 0}) { id } }\"}";
        cors(post(mutation)).statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        String reader = Jwt.issuer("https://leader-contacts.test").upn("reader@test").groups(Set.of("reader"))
                .expiresIn(300).sign();
        cors(origin().header("Authorization", "Bearer " + reader).contentType("application/json").body(mutation)
                .post("/graphql").then()).statusCode(403).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void otherOriginsAreRefusedWithoutTheHeaders() {
        given().header("Origin", OTHER).header("Access-Control-Request-Method", "POST").options("/graphql").then()
                .statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", OTHER).contentType("application/json").body("{\"query\": \"{ topics { totalCount } }\"}")
                .post("/graphql").then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void requestsWithoutAnOriginAreAnsweredAsBefore() {
        given().contentType("application/json").body("{\"query\": \"{ topics { totalCount } }\"}").post("/graphql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", containsString("Origin")).body("data.topics.totalCount", equalTo(17));
    }

    private static RequestSpecification origin() {
        return given().header("Origin", ALLOWED);
    }

    private static ValidatableResponse post(String body) {
        return origin().contentType("application/json").body(body).post("/graphql").then();
    }

    /** The headers the configuration calls for, on an answer to the allowed origin. */
    static ValidatableResponse cors(ValidatableResponse response) {
        return response.header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Vary", containsString("Origin"));
    }

    private static org.hamcrest.Matcher<String> notBlank() {
        return org.hamcrest.Matchers.not(org.hamcrest.Matchers.blankOrNullString());
    }
}
