package org.leadercontacts.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.leadercontacts.TestStore;
import org.leadercontacts.conversation.Conversation;
import org.leadercontacts.search.SearchIndex;
import org.leadercontacts.source.SourceDocument;
import org.leadercontacts.statement.Statement;
import org.leadercontacts.store.StoreRevision;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SeedingTests {

    @Inject
    StoreSeeder seeder;

    @Inject
    SearchIndex searchIndex;

    @Inject
    StoreRevision storeRevision;

    @Inject
    TestStore store;

    @Test
    void seedingAgainAddsNothing() {
        long documents = count(SourceDocument.class);
        long conversations = count(Conversation.class);
        long statements = count(Statement.class);

        StoreSeeder.Outcome outcome = seeder.seed(SourceFolder.read());

        assertEquals(0, outcome.documentsAdded());
        assertEquals(5, outcome.documentsPresent());
        assertEquals(documents, count(SourceDocument.class));
        assertEquals(conversations, count(Conversation.class));
        assertEquals(statements, count(Statement.class));
    }

    @Test
    void replicasStartingTogetherSeedAnEmptyStoreExactlyOnce() throws Exception {
        long statements = count(Statement.class);
        emptyTheStore();
        assertEquals(0, count(SourceDocument.class));
        VerifiedSources sources = SourceFolder.read();
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<StoreSeeder.Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                outcomes.add(replicas.submit(() -> {
                    start.await();
                    return seeder.seed(sources);
                }));
            }
            start.countDown();
            List<Integer> added = new ArrayList<>();
            for (Future<StoreSeeder.Outcome> outcome : outcomes) {
                added.add(outcome.get(60, TimeUnit.SECONDS).documentsAdded());
            }
            added.sort(null);
            assertEquals(List.of(0, 0, 0, 5), added);
        } finally {
            replicas.shutdownNow();
            searchIndex.rebuild();
            storeRevision.refresh();
        }
        assertEquals(5, count(SourceDocument.class));
        assertEquals(statements, count(Statement.class));
    }

    private void emptyTheStore() {
        store.commit(() -> {
            for (String table : List.of("statement_topic", "statement", "conversation_fact", "conversation_report",
                    "conversation_topic", "participation", "conversation", "office", "leader_alias", "leader",
                    "document_citation", "source_document", "topic", "country")) {
                io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createNativeQuery("delete from " + table)
                        .executeUpdate();
            }
        });
    }

    @Test
    void everyAnnotatedStatementIsInTheStore() {
        VerifiedSources sources = SourceFolder.read();
        long annotated = sources.documents().stream().mapToLong(d -> d.statements().size()).sum();
        assertEquals(annotated, count(Statement.class));
        assertEquals(sources.conversations().size(), count(Conversation.class));
    }

    private static long count(Class<?> entity) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) io.quarkus.hibernate.orm.panache.Panache
                .getEntityManager().createQuery("select count(e) from " + entity.getSimpleName() + " e").getSingleResult());
    }
}
