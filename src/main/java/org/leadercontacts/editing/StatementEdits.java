package org.leadercontacts.editing;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.leadercontacts.conversation.Conversation;
import org.leadercontacts.conversation.Conversations;
import org.leadercontacts.leader.Leaders;
import org.leadercontacts.seed.Span;
import org.leadercontacts.source.Documents;
import org.leadercontacts.source.SourceDocument;
import org.leadercontacts.statement.Statement;
import org.leadercontacts.statement.Statements;
import org.leadercontacts.topic.Topics;

/**
 * Editors' changes to statements, each quoted verbatim from its document. Each method is one transaction: it
 * applies whole or not at all. Updates name the version they are based on; a stale version, or a concurrent edit
 * that wins the race, is a CONFLICT and changes nothing.
 */
@ApplicationScoped
public class StatementEdits {

    @Inject
    EntityManager em;

    @Inject
    Conversations conversations;

    @Inject
    Statements statements;

    @Inject
    Leaders leaders;

    @Inject
    Topics topics;

    @Transactional
    public Statement createStatement(Inputs.CreateStatement input) {
        Conversation conversation = conversations.require(input.conversation);
        SourceDocument document = Documents.require(input.document);
        Span span = EditRules.quote(document, input.text, input.occurrence);
        Statement statement = Statement.quoted("ed-" + UUID.randomUUID(), conversation, document.id, input.text,
                span.start(), span.end());
        statement.speakerId = input.speaker == null ? null : leaders.require(input.speaker).id;
        statement.attribution = input.attribution;
        statement.kind = input.kind;
        if (input.topics != null) {
            input.topics.forEach(topic -> statement.topicIds.add(topics.require(topic).id));
        }
        statement.persist();
        return statement;
    }

    @Transactional
    public Statement updateStatement(Inputs.UpdateStatement input) {
        Statement statement = statements.require(input.id);
        EditRules.checkVersion("Statement", input.id, statement.version, input.expectedVersion);
        if (input.text != null || input.occurrence != null) {
            String text = input.text != null ? input.text : statement.text;
            Span span = EditRules.quote(em.find(SourceDocument.class, statement.documentId), text, input.occurrence);
            statement.text = text;
            statement.spanStart = span.start();
            statement.spanEnd = span.end();
        }
        if (input.speaker != null) {
            statement.speakerId = leaders.require(input.speaker).id;
        }
        if (input.attribution != null) {
            statement.attribution = input.attribution;
        }
        if (input.kind != null) {
            statement.kind = input.kind;
        }
        if (input.topics != null) {
            statement.topicIds.clear();
            input.topics.forEach(topic -> statement.topicIds.add(topics.require(topic).id));
        }
        return EditRules.flushed(em, statement, "Statement", input.id);
    }

    @Transactional
    public long deleteStatement(String id, int expectedVersion) {
        Statement statement = statements.require(id);
        EditRules.checkVersion("Statement", id, statement.version, expectedVersion);
        statement.delete();
        return EditRules.flushed(em, statement, "Statement", id).id;
    }
}
