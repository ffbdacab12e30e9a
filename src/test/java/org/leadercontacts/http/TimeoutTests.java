package org.leadercontacts.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.json.Json;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;

/**
 * A request that runs past the execution-time limit is answered with a clear 503 TIMEOUT error, and its work
 * stops: fields not fetched by then are not fetched.
 */
@QuarkusTest
@TestProfile(TimeoutTests.OneMillisecond.class)
class TimeoutTests {

    /** A limit no real query can meet, so that any query demonstrates it. */
    public static class OneMillisecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("contacts.limits.timeout", "1ms", "quarkus.http.cors.enabled", "true",
                    "quarkus.http.cors.origins", CorsTests.ALLOWED);
        }
    }

    private static final String TIMELINE = "{ conversations(first: 20) { totalCount edges { node { title participants "
            + "{ leader { name aliases { text source { before after document { publisher } } } offices { title } } } "
            + "sources { document { publisher citations { name } } excerpt { text before after } } evidence { source { "
            + "text } } statements(first: 20) { totalCount edges { node { text versions { text } topics { name } } } } } "
            + "} } }";

    @Inject
    MeterRegistry registry;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ExecutionService engine;

    @Inject
    Vertx vertx;

    @Test
    void aRequestOverTheTimeLimitGetsATimeoutError() throws InterruptedException {
        CorsTests.cors(given().header("Origin", CorsTests.ALLOWED).contentType("application/json")
                .body(Map.of("query", TIMELINE)).post("/graphql").then())
                .statusCode(503)
                .body("errors[0].extensions.code", equalTo("TIMEOUT"))
                .body("errors[0].extensions.limit", equalTo("timeout"))
                .body("errors[0].message", equalTo("The request took longer than the limit of 1 ms."));
        Gauges.await(registry, "graphql.requests.executing", 0);
    }

    @Test
    void theWorkOfATimedOutRequestStops() throws Exception {
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        uncheckedRun(TIMELINE);
        long whole = statistics.getPrepareStatementCount() - before;

        before = statistics.getPrepareStatementCount();
        given().contentType("application/json").body(Map.of("query", TIMELINE + " # " + System.nanoTime()))
                .post("/graphql").then().statusCode(503);
        Gauges.await(registry, "graphql.requests.executing", 0);
        long timedOut = settled(statistics) - before;

        assertTrue(whole >= 8, "the whole query takes a statement per nested list: " + whole);
        assertTrue(timedOut <= whole / 2, "a timed-out request ran " + timedOut + " of its " + whole + " statements");
    }

    /** The same query straight through the engine, with no HTTP request and so no time limit. */
    private void uncheckedRun(String query) throws Exception {
        String answer = VertxContext.getOrCreateDuplicatedContext(vertx).executeBlocking(() -> {
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                StringBuilder written = new StringBuilder();
                engine.executeSync(Json.createObjectBuilder().add("query", query).build(),
                        new HashMap<>(Map.of("runBlocking", true)), new ExecutionResponseWriter() {
                            @Override
                            public void write(ExecutionResponse response) {
                                written.append(response.getExecutionResultAsString());
                            }
                        });
                return written.toString();
            } finally {
                requestContext.terminate();
            }
        }).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        assertTrue(answer.contains("\"totalCount\"") && !answer.contains("\"errors\""), answer);
    }

    /** The statement count once no statement has run for half a second (work left behind would still run). */
    private static long settled(Statistics statistics) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        long count = statistics.getPrepareStatementCount();
        do {
            Thread.sleep(500);
            long now = statistics.getPrepareStatementCount();
            if (now == count) {
                return count;
            }
            count = now;
        } while (System.currentTimeMillis() < deadline);
        return count;
    }
}
