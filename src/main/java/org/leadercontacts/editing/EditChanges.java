package org.leadercontacts.editing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.leadercontacts.changes.Change;
import org.leadercontacts.changes.ChangeKind;
import org.leadercontacts.changes.Subject;
import org.leadercontacts.common.GlobalId;
import org.leadercontacts.conversation.Conversation;
import org.leadercontacts.conversation.ConversationNode;
import org.leadercontacts.leader.LeaderNode;
import org.leadercontacts.source.SourceDocument;
import org.leadercontacts.source.SourceDocumentNode;
import org.leadercontacts.statement.Statement;
import org.leadercontacts.statement.StatementNode;

/**
 * Describes what an edit changed, for the change log: read inside the edit's transaction, before the edit for what
 * it removes (a deleted conversation's participants) and after it for what it adds.
 */
@ApplicationScoped
class EditChanges {

    @Inject
    EntityManager em;

    /** A conversation's participants, as leader IDs. */
    Set<String> participants(long conversationId) {
        return leaderIds(em.createQuery("select l.slug from Participation p join Leader l on l.id = p.leaderId "
                + "where p.conversationId = :id", String.class).setParameter("id", conversationId).getResultList());
    }

    Change conversation(ChangeKind kind, Conversation conversation, Set<String> leaderIds) {
        return new Change(Subject.CONVERSATION, kind, conversationId(conversation.slug), null, null, leaderIds);
    }

    Change merged(Conversation removed, Conversation kept, Set<String> leaderIds) {
        return new Change(Subject.CONVERSATION, ChangeKind.MERGED, conversationId(removed.slug),
                conversationId(kept.slug), null, leaderIds);
    }

    Change statement(ChangeKind kind, Statement statement) {
        String speaker = statement.speakerId == null ? null
                : em.createQuery("select slug from Leader where id = :id", String.class)
                        .setParameter("id", statement.speakerId).getSingleResult();
        String conversation = em.createQuery("select slug from Conversation where id = :id", String.class)
                .setParameter("id", statement.conversationId).getSingleResult();
        return new Change(Subject.STATEMENT, kind, GlobalId.encode(StatementNode.TYPE, statement.slug), null,
                conversationId(conversation), speaker == null ? Set.of() : leaderIds(List.of(speaker)));
    }

    /**
     * A statement an edit moved (to conversation {@code movedTo}) or gave another speaker (then {@code leaderIds}
     * names both), from its description before the edit, when the conversation or speaker it named still existed.
     */
    Change moved(Change before, Conversation movedTo, Set<String> leaderIds) {
        return new Change(Subject.STATEMENT, ChangeKind.UPDATED, before.nodeId(), null,
                movedTo == null ? before.conversationId() : conversationId(movedTo.slug),
                leaderIds == null ? before.leaderIds() : union(before.leaderIds(), leaderIds));
    }

    /** The statements of a conversation, as they are now. */
    List<Statement> statementsOf(long conversationId) {
        return em.createQuery("from Statement where conversationId = :id order by id", Statement.class)
                .setParameter("id", conversationId).getResultList();
    }

    /** The conversations a leader takes part in and the statements they made, as they are now. */
    List<Long> conversationsOf(long leaderId) {
        return em.createQuery("select conversationId from Participation where leaderId = :id order by conversationId",
                Long.class).setParameter("id", leaderId).getResultList();
    }

    List<Statement> statementsBy(long leaderId) {
        return em.createQuery("from Statement where speakerId = :id order by id", Statement.class)
                .setParameter("id", leaderId).getResultList();
    }

    Change document(SourceDocument document) {
        return new Change(Subject.DOCUMENT, ChangeKind.ADDED, GlobalId.encode(SourceDocumentNode.TYPE, document.slug),
                null, null, Set.of());
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    private static String conversationId(String slug) {
        return GlobalId.encode(ConversationNode.TYPE, slug);
    }

    private static Set<String> leaderIds(List<String> slugs) {
        Set<String> ids = new HashSet<>();
        slugs.forEach(slug -> ids.add(GlobalId.encode(LeaderNode.TYPE, slug)));
        return ids;
    }
}
