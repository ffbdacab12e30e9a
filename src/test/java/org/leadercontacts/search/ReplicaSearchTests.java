package org.leadercontacts.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.leadercontacts.GraphQLClient;
import org.leadercontacts.store.StoreRevision;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;

/**
 * This JVM is replica B. Replica A's edit is a change to the shared store in a transaction of its own with the next
 * revision, and no event here: B learns of it only by polling the revision, and then rebuilds its index, which the
 * test holds at the point where the rebuild has read the revision and not yet the rows.
 */
@QuarkusTest
class ReplicaSearchTests {

    private static final String WORD = "quokkanomics";

    @Inject
    EntityManager em;

    @Inject
    StoreRevision storeRevision;

    @Inject
    SearchIndex index;

    @Test
    void aSearchDuringTheRebuildAfterAnotherReplicasEditIsNeverAnsweredOrCachedFromTheOldIndex() throws Exception {
        String query = "{ search(text: \"" + WORD + "\", types: [STATEMENT]) { totalCount } } # " + System.nanoTime();
        assertEquals(0, GraphQLClient.graphql(query).statusCode(200).body("errors", equalTo(null)).extract()
                .jsonPath().getInt("data.search.totalCount"));
        Object[] statement = (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id, text from statement order by id").setMaxResults(1).getSingleResult());
        long id = ((Number) statement[0]).longValue();
        String original = (String) statement[1];
        HeldSource held = new HeldSource(em, storeRevision);
        QuarkusMock.installMockForType(held, IndexSource.class);
        long revision = storeRevision.current();
        long builds = index.status().fullBuilds();

        editOnAnotherReplica(id, original + " " + WORD);
        try {
            assertTrue(held.building.await(10, TimeUnit.SECONDS), "B noticed the edit by polling and started a rebuild");
            assertEquals(revision + 1, storeRevision.current(), "B serves the new store revision");
            JsonPath during = GraphQLClient.graphql(query).statusCode(200).extract().jsonPath();
            assertTrue(index.status().ready(), "B stays ready while it rebuilds");
            assertEquals(revision, index.status().revision(), "B's index still reflects the previous revision");

            held.release.countDown();
            awaitTrue(() -> index.status().fullBuilds() > builds, "the rebuild finished");
            assertEquals(revision + 1, index.status().revision());
            JsonPath after = GraphQLClient.graphql(query).statusCode(200).body("errors", equalTo(null)).extract()
                    .jsonPath();
            assertEquals(1, after.getInt("data.search.totalCount"), "after the rebuild, B's answer has A's edit");
            assertEquals("SEARCH_UNAVAILABLE", during.getString("errors[0].extensions.code"),
                    "during the rebuild, B does not answer from the index of the previous revision: " + during.prettify());
        } finally {
            held.release.countDown();
            editOnAnotherReplica(id, original);
            awaitTrue(() -> searchTotal(WORD) == 0, "the edit is undone on B");
        }
    }

    @Test
    void anEditOnThisReplicaRightAfterAnotherReplicasDoesNotHideIt() throws Exception {
        Object[] statement = (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id, text from statement order by id desc").setMaxResults(1).getSingleResult());
        long id = ((Number) statement[0]).longValue();
        String original = (String) statement[1];
        editOnAnotherReplica(id, original + " " + WORD);
        // Within the poll interval, so that B most likely learns of A's revision from its own edit's refresh.
        String topic = edit("mutation { createTopic(input: {slug: \"test-replicas\", name: \"Test replicas\", "
                + "description: \"A topic made by a test.\"}) { id } }").getString("data.createTopic.id");
        try {
            awaitTrue(() -> searchTotal(WORD) == 1, "A's edit is searchable on B");
        } finally {
            edit("mutation { deleteTopic(id: \"" + topic + "\", expectedVersion: 0) }");
            editOnAnotherReplica(id, original);
            awaitTrue(() -> searchTotal(WORD) == 0, "the edit is undone on B");
        }
    }

    private static JsonPath edit(String mutation) {
        String token = Jwt.issuer("https://leader-contacts.test").upn("editor@test").groups(Set.of("editor"))
                .expiresIn(300).sign();
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body(Map.of("query", mutation)).post("/graphql").then().statusCode(200).body("errors", equalTo(null))
                .extract().jsonPath();
    }

    /** What an edit on replica A looks like from B: a changed row and the next revision, committed together. */
    private void editOnAnotherReplica(long statement, String text) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update statement set text = ?1 where id = ?2").setParameter(1, text)
                    .setParameter(2, statement).executeUpdate();
            em.createNativeQuery("update store_revision set revision = revision + 1").executeUpdate();
        });
    }

    /** The total of a fresh (uncached) search, or -1 while search is unavailable. */
    private static int searchTotal(String text) {
        JsonPath result = GraphQLClient.graphql("{ search(text: \"" + text + "\") { totalCount } } # "
                + System.nanoTime()).statusCode(200).extract().jsonPath();
        return result.get("errors") == null ? result.getInt("data.search.totalCount") : -1;
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
            Thread.sleep(50);
        }
    }

    /** The store as the index reads it, except that a full build waits for the test before it reads any row. */
    @Vetoed
    static final class HeldSource extends IndexSource {
        final CountDownLatch building = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        HeldSource(EntityManager em, StoreRevision storeRevision) {
            this.em = em;
            this.storeRevision = storeRevision;
        }

        @Override
        void all(int batchSize, Sink sink) throws IOException {
            building.countDown();
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IOException("the test never released the build");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            super.all(batchSize, sink);
        }
    }
}
