package org.leadercontacts.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.leadercontacts.GraphQLClient;
import org.leadercontacts.TestStore;
import org.leadercontacts.store.StoreRevision;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

/** Repeated queries are answered from memory, and never once the store has changed. */
@QuarkusTest
class ResponseCacheTests {

    private static final Pattern HITS = Pattern.compile(
            "cache_gets_total\\{cache=\"graphql-responses\",result=\"hit\"} ([0-9.E]+)");

    @Inject
    StoreRevision storeRevision;

    @Inject
    TestStore store;

    @Inject
    EntityManager em;

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheWithTheSameBytes() {
        String query = "{ topics(first: 3) { totalCount edges { node { name } } } } # " + System.nanoTime();
        double before = hits();
        String first = post(query).statusCode(200).extract().asString();
        assertEquals(before, hits(), "the first request is computed");
        String second = post(query).statusCode(200).extract().asString();
        assertEquals(before + 1, hits(), "the second request is a cache hit");
        assertEquals(first, second);
        assertTrue(first.contains("\"totalCount\":17"), first);
    }

    @Test
    void anEditMakesEveryCachedAnswerUnreachable() {
        String query = "{ topics { totalCount } } # " + System.nanoTime();
        post(query).body("data.topics.totalCount", equalTo(17));
        post(query).body("data.topics.totalCount", equalTo(17));
        long revision = storeRevision.current();
        String topic = mutate("mutation { createTopic(input: {slug: \"test-cache\", name: \"Test cache\", "
                + "description: \"A topic made by a test.\"}) { id } }").extract().path("data.createTopic.id");
        try {
            assertTrue(storeRevision.current() > revision, "the edit moved the revision");
            post(query).body("data.topics.totalCount", equalTo(18));
        } finally {
            mutate("mutation { deleteTopic(id: \"" + topic + "\", expectedVersion: 0) }");
        }
        post(query).body("data.topics.totalCount", equalTo(17));
    }

    @Test
    void anotherReplicasEditIsNoticedByPolling() throws InterruptedException {
        String query = "{ topics { totalCount } } # " + System.nanoTime();
        post(query).body("data.topics.totalCount", equalTo(17));
        long revision = storeRevision.current();
        // What another replica's edit looks like from here: new rows and a new revision, no local event.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into topic (id, slug, name, description, version) values "
                    + "(999999, 'test-replica', 'Test replica', 'Made elsewhere.', 0)").executeUpdate();
            em.createNativeQuery("update store_revision set revision = revision + 1").executeUpdate();
        });
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            while (storeRevision.current() == revision && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(revision + 1, storeRevision.current());
            post(query).body("data.topics.totalCount", equalTo(18));
        } finally {
            store.commit(() -> {
                em.createNativeQuery("delete from topic where id = 999999").executeUpdate();
            });
        }
        post(query).body("data.topics.totalCount", equalTo(17));
    }

    @Test
    void errorsAreNeverCachedAndCarryTheirOwnRequestId() {
        String query = "{ node(id: \"nonsense\") { id } }";
        String first = post(query).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).extract()
                .path("errors[0].extensions.requestId");
        String second = post(query).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).extract()
                .path("errors[0].extensions.requestId");
        assertNotEquals(first, second);
    }

    @Test
    void aRememberedParseStillRejectsAnInvalidQueryEveryTime() {
        String query = "{ topics { totalCount noSuchField } } # " + System.nanoTime();
        for (int round = 0; round < 2; round++) {
            post(query).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                    .body("data", equalTo(null));
        }
    }

    @Test
    void variablesAreAPartOfTheKey() {
        String query = "query($first: Int) { topics(first: $first) { edges { node { name } } } } # " + System.nanoTime();
        for (int round = 0; round < 2; round++) {
            GraphQLClient.graphql(query, Map.of("first", 1)).body("data.topics.edges.size()", equalTo(1));
            GraphQLClient.graphql(query, Map.of("first", 2)).body("data.topics.edges.size()", equalTo(2));
        }
    }

    @Test
    void aCachedAnswerKeepsTheNegotiatedContentType() {
        String query = "{ topics { totalCount } } # " + System.nanoTime();
        for (int round = 0; round < 2; round++) {
            given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                    .body(Map.of("query", query)).post("/graphql").then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.startsWith("application/graphql-response+json"));
            given().contentType(ContentType.JSON).accept("application/json").body(Map.of("query", query))
                    .post("/graphql").then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.startsWith("application/json"));
        }
    }

    private static ValidatableResponse post(String query) {
        return GraphQLClient.graphql(query);
    }

    private static ValidatableResponse mutate(String mutation) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", mutation);
        String token = Jwt.issuer("https://leader-contacts.test").upn("editor@test").groups(Set.of("editor"))
                .expiresIn(300).sign();
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token).body(body)
                .post("/graphql").then().statusCode(200).body("errors", equalTo(null));
    }

    private static double hits() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = HITS.matcher(metrics);
        assertTrue(matcher.find(), "the response cache publishes its hits");
        return Double.parseDouble(matcher.group(1));
    }
}
