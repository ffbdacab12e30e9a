package org.leadercontacts.outage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

/**
 * The database goes away and comes back, cut by a proxy between the service and the database (PostgreSQL, or H2 over
 * TCP in the default run). Meanwhile queries and mutations that need it get SERVICE_UNAVAILABLE (503 under
 * {@code application/graphql-response+json}), answers already cached are still served, and once the database is back
 * everything works again without intervention.
 */
@QuarkusTest
@TestProfile(BehindAProxy.class)
class DatabaseOutageTests {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String CACHED = "{ topics { totalCount } }";
    private static final String UNCACHED = "{ leaders(first: 2) { edges { node { name } } } }";
    private static final String UNAVAILABLE = "The database is unavailable; nothing was changed. Try again shortly.";

    @AfterEach
    void databaseBack() {
        BehindAProxy.databaseReachable(true);
    }

    @Test
    void anOutageIsServiceUnavailableWhileCachedAnswersAreServedAndRecoveryIsAutomatic() {
        post(CACHED, GRAPHQL_RESPONSE).statusCode(200).body("data.topics.totalCount", equalTo(17));

        BehindAProxy.databaseReachable(false);

        post(UNCACHED, GRAPHQL_RESPONSE).statusCode(503)
                .body("data", equalTo(null))
                .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                .body("errors[0].extensions.requestId", notNullValue())
                .body("errors[0].message", equalTo(UNAVAILABLE));
        post(UNCACHED, "application/json").statusCode(200)
                .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                .body("errors[0].message", equalTo(UNAVAILABLE));
        mutateDuringOutage();
        post(CACHED, GRAPHQL_RESPONSE).statusCode(200).body("errors", equalTo(null))
                .body("data.topics.totalCount", equalTo(17));

        BehindAProxy.databaseReachable(true);

        assertEquals(200, untilAnswered(UNCACHED, Duration.ofSeconds(15)).statusCode());
        post(UNCACHED, GRAPHQL_RESPONSE).statusCode(200).body("errors", equalTo(null))
                .body("data.leaders.edges", hasSize(2));
    }

    private void mutateDuringOutage() {
        String token = Jwt.issuer("https://leader-contacts.test").upn("editor@test").groups(Set.of("editor"))
                .expiresIn(300).sign();
        given().contentType("application/json").accept(GRAPHQL_RESPONSE).header("Authorization", "Bearer " + token)
                .body(Map.of("query", "mutation($input: TopicInput!) { createTopic(input: $input) { id } }",
                        "variables", Map.of("input", Map.of("slug", "test-outage", "name", "Outage",
                                "description", "Never stored."))))
                .post("/graphql").then().statusCode(503)
                .body("data", equalTo(null))
                .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"));
    }

    /** The first answer without errors, or the last answer once the time is up. */
    private static Response untilAnswered(String query, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            Response response = given().contentType("application/json").accept(GRAPHQL_RESPONSE)
                    .body(Map.of("query", query)).post("/graphql");
            if (response.statusCode() == 200 && response.path("errors") == null || Instant.now().isAfter(deadline)) {
                return response;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
        }
    }

    private static ValidatableResponse post(String query, String accept) {
        return given().contentType("application/json").accept(accept).body(Map.of("query", query)).post("/graphql")
                .then();
    }
}
