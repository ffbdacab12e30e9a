package org.leadercontacts.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Only so many requests run in the engine at once; the next ones wait their turn, and once the waiting room
 * is full a request is told at once that the service is busy. Here one may run and one may wait, and the test
 * itself holds the only turn.
 */
@QuarkusTest
@TestProfile(AdmissionTests.OneTurnOneWaiting.class)
class AdmissionTests {

    public static class OneTurnOneWaiting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("contacts.limits.max-concurrent-executions", "1", "contacts.limits.max-queued-executions", "1",
                    "quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", CorsTests.ALLOWED);
        }
    }

    @ConfigProperty(name = "quarkus.http.test-port", defaultValue = "8081")
    int port;

    @Inject
    ExecutionAdmission admission;

    @Inject
    MeterRegistry registry;

    @Test
    void requestsWaitForATurnAndAreToldWhenTheServiceIsBusy() throws Exception {
        CompletableFuture<Response> waiting;
        holdTheOnlyTurn();
        try {
            waiting = CompletableFuture.supplyAsync(() -> post("{ topics { totalCount } } # waits"));
            Gauges.await(registry, "graphql.requests.waiting", 1);

            CorsTests.cors(given().header("Origin", CorsTests.ALLOWED).contentType("application/json")
                    .body(Map.of("query", "{ topics { totalCount } } # turned away")).post("/graphql").then())
                    .statusCode(503).header("Retry-After", "1")
                    .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                    .body("errors[0].extensions.reason", equalTo("busy"));
            assertEquals(false, waiting.isDone(), "the waiting request has not run yet");
        } finally {
            admission.leave();
        }
        waiting.get(10, TimeUnit.SECONDS).then().statusCode(200).body("data.topics.totalCount", equalTo(17));
        Gauges.await(registry, "graphql.requests.waiting", 0);
        Gauges.await(registry, "graphql.requests.executing", 0);
        post("{ topics { totalCount } } # after").then().statusCode(200).body("data.topics.totalCount", equalTo(17));
    }

    @Test
    void aRequestAbandonedWhileWaitingGivesUpItsPlace() throws Exception {
        CompletableFuture<Response> waiting;
        holdTheOnlyTurn();
        try {
            byte[] body = "{\"query\": \"{ topics { totalCount } } # abandoned\"}".getBytes(StandardCharsets.UTF_8);
            ClientDisconnectTests.abort(port, body, body.length, 0, false);
            Thread.sleep(300);
            waiting = CompletableFuture.supplyAsync(() -> post("{ topics { totalCount } } # takes its place"));
            Gauges.await(registry, "graphql.requests.waiting", 1);
            assertEquals(false, waiting.isDone(), "the request waits instead of being turned away");
        } finally {
            admission.leave();
        }
        waiting.get(10, TimeUnit.SECONDS).then().statusCode(200).body("data.topics.totalCount", equalTo(17));
        Gauges.await(registry, "graphql.requests.executing", 0);
    }

    /** Takes the only turn, as a running request would, until {@code admission.leave()}. */
    private void holdTheOnlyTurn() {
        admission.admit(() -> {
        }, () -> {
        }, () -> false);
    }

    private static Response post(String query) {
        return given().contentType("application/json").body(Map.of("query", query)).post("/graphql");
    }
}
