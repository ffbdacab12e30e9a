package org.leadercontacts.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.leadercontacts.conversation.Conversation;
import org.leadercontacts.source.SourceDocument;
import org.leadercontacts.statement.Statement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SeedingTests {

    @Inject
    StoreSeeder seeder;

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
