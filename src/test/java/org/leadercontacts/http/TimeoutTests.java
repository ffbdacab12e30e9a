package org.leadercontacts.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A request that runs past the execution-time limit is answered with a clear 503 TIMEOUT error. */
@QuarkusTest
@TestProfile(TimeoutTests.OneMillisecond.class)
class TimeoutTests {

    /** A limit no real query can meet, so that any query demonstrates it. */
    public static class OneMillisecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("contacts.limits.timeout", "1ms");
        }
    }

    @Inject
    MeterRegistry registry;

    @Test
    void aRequestOverTheTimeLimitGetsATimeoutError() {
        String timeline = "{ conversations(first: 20) { totalCount edges { node { title participants { leader { name "
                + "aliases { text source { before after document { publisher } } } offices { title } } } sources { "
                + "document { publisher citations { name } } excerpt { text before after } } evidence { source { text } } "
                + "statements(first: 20) { totalCount edges { node { text versions { text } topics { name } } } } } } } }";
        given().contentType("application/json").body(Map.of("query", timeline)).post("/graphql").then()
                .statusCode(503)
                .body("errors[0].extensions.code", equalTo("TIMEOUT"))
                .body("errors[0].extensions.limit", equalTo("timeout"))
                .body("errors[0].message", equalTo("The request took longer than the limit of 1 ms."));
        assertEquals(0.0, registry.get("graphql.requests.executing").gauge().value(),
                "a request answered with TIMEOUT no longer counts as executing");
    }
}
