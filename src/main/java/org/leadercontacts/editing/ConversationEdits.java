package org.leadercontacts.editing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.leadercontacts.common.InvalidInputException;
import org.leadercontacts.common.PartialDate;
import org.leadercontacts.conversation.Conversation;
import org.leadercontacts.conversation.ConversationReport;
import org.leadercontacts.conversation.Conversations;
import org.leadercontacts.conversation.Participation;
import org.leadercontacts.leader.Leader;
import org.leadercontacts.leader.Leaders;
import org.leadercontacts.seed.Span;
import org.leadercontacts.source.Documents;
import org.leadercontacts.source.SourceDocument;
import org.leadercontacts.topic.Topics;

/**
 * Editors' changes to conversations: created from verbatim reports, changed, deleted, merged. Each method is one
 * transaction: it applies whole or not at all. Updates name the version they are based on; a stale version, or a
 * concurrent edit that wins the race, is a CONFLICT and changes nothing.
 */
@ApplicationScoped
public class ConversationEdits {

    @Inject
    EntityManager em;

    @Inject
    Conversations conversations;

    @Inject
    Leaders leaders;

    @Inject
    Topics topics;

    @Transactional
    public Conversation createConversation(Inputs.CreateConversation input) {
        Conversation conversation = new Conversation();
        conversation.slug = "ed-" + UUID.randomUUID();
        conversation.kind = input.kind;
        conversation.title = input.title;
        conversation.setDate(new PartialDate(input.date));
        conversation.place = input.place;
        conversation.outlet = input.outlet;
        conversation.initiatorId = input.initiator == null ? null : leaders.require(input.initiator).id;
        if (input.topics != null) {
            input.topics.forEach(topic -> conversation.topicIds.add(topics.require(topic).id));
        }
        conversation.persist();
        setParticipants(conversation, input.participants);
        for (Inputs.SourceInput source : input.sources) {
            SourceDocument document = Documents.require(source.document);
            Span passage = EditRules.quote(document, source.text, source.occurrence);
            ConversationReport report = ConversationReport.of(conversation.id, document.id, passage.start(), passage.end());
            report.reportedDate = source.reportedDate;
            if (source.reportedDateText != null) {
                Span date = EditRules.quote(document, source.reportedDateText, 1);
                report.dateText = source.reportedDateText;
                report.dateSpanStart = date.start();
                report.dateSpanEnd = date.end();
            }
            report.persist();
        }
        return conversation;
    }

    @Transactional
    public Conversation updateConversation(Inputs.UpdateConversation input) {
        Conversation conversation = conversations.require(input.id);
        EditRules.checkVersion("Conversation", input.id, conversation.version, input.expectedVersion);
        if (input.kind != null) {
            conversation.kind = input.kind;
        }
        if (input.title != null) {
            conversation.title = input.title;
        }
        if (input.date != null) {
            conversation.setDate(new PartialDate(input.date));
            copyDate(conversation);
        }
        if (input.place != null) {
            conversation.place = input.place.isBlank() ? null : input.place;
        }
        if (input.topics != null) {
            conversation.topicIds.clear();
            input.topics.forEach(topic -> conversation.topicIds.add(topics.require(topic).id));
        }
        if (input.participants != null) {
            em.createQuery("delete from Participation where conversationId = :id").setParameter("id", conversation.id)
                    .executeUpdate();
            setParticipants(conversation, input.participants);
        }
        return EditRules.flushed(em, conversation, "Conversation", input.id);
    }

    /** Deletes a conversation with everything that belongs to it, its statements included. */
    @Transactional
    public long deleteConversation(String id, int expectedVersion) {
        Conversation conversation = conversations.require(id);
        EditRules.checkVersion("Conversation", id, conversation.version, expectedVersion);
        em.createNativeQuery("delete from statement_topic where statement_id in (select id from statement where "
                + "conversation_id = ?1)").setParameter(1, conversation.id).executeUpdate();
        for (String entity : List.of("Statement", "Participation", "ConversationReport", "ConversationFact")) {
            em.createQuery("delete from " + entity + " where conversationId = :id").setParameter("id", conversation.id)
                    .executeUpdate();
        }
        conversation.delete();
        return EditRules.flushed(em, conversation, "Conversation", id).id;
    }

    /**
     * Merges two records found to be the same event: reports, facts, participants, topics and
     * statements of {@code removed} move to {@code kept}, whose own date, place and title remain.
     */
    @Transactional
    public Conversation mergeConversations(String keptId, int keptVersion, String removedId, int removedVersion) {
        Conversation kept = conversations.require(keptId);
        Conversation removed = conversations.require(removedId);
        if (kept.id.equals(removed.id)) {
            throw new InvalidInputException("A conversation cannot be merged with itself.");
        }
        EditRules.checkVersion("Conversation", keptId, kept.version, keptVersion);
        EditRules.checkVersion("Conversation", removedId, removed.version, removedVersion);
        em.createQuery("delete from Participation p where p.conversationId = :removed and p.leaderId in "
                + "(select q.leaderId from Participation q where q.conversationId = :kept)")
                .setParameter("removed", removed.id).setParameter("kept", kept.id).executeUpdate();
        em.createQuery("delete from ConversationReport r where r.conversationId = :removed and r.documentId in "
                + "(select q.documentId from ConversationReport q where q.conversationId = :kept)")
                .setParameter("removed", removed.id).setParameter("kept", kept.id).executeUpdate();
        for (String entity : List.of("Participation", "ConversationReport", "ConversationFact")) {
            em.createQuery("update " + entity + " set conversationId = :kept where conversationId = :removed")
                    .setParameter("kept", kept.id).setParameter("removed", removed.id).executeUpdate();
        }
        em.createQuery("update Statement set conversationId = :kept where conversationId = :removed")
                .setParameter("kept", kept.id).setParameter("removed", removed.id).executeUpdate();
        copyDate(kept);
        kept.topicIds.addAll(removed.topicIds);
        if (kept.initiatorId == null) {
            kept.initiatorId = removed.initiatorId;
        }
        em.lock(kept, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        removed.delete();
        return EditRules.flushed(em, kept, "Conversation", keptId);
    }

    /**
     * Copies a conversation's date to every row that pages by it: its statements, participations and
     * topic rows, and its statements' topic rows (see V5__scale.sql).
     */
    private void copyDate(Conversation conversation) {
        for (String update : List.of("update Statement set sortDate = :date where conversationId = :id",
                "update Participation set sortDate = :date where conversationId = :id")) {
            em.createQuery(update).setParameter("date", conversation.dateStart).setParameter("id", conversation.id)
                    .executeUpdate();
        }
        em.createNativeQuery("update conversation_topic set sort_date = ?1 where conversation_id = ?2")
                .setParameter(1, conversation.dateStart).setParameter(2, conversation.id).executeUpdate();
        em.createNativeQuery("update statement_topic set sort_date = ?1 where statement_id in "
                + "(select id from statement where conversation_id = ?2)")
                .setParameter(1, conversation.dateStart).setParameter(2, conversation.id).executeUpdate();
    }

    private void setParticipants(Conversation conversation, List<Inputs.ParticipantInput> participants) {
        Set<Long> seen = new HashSet<>();
        for (Inputs.ParticipantInput input : participants) {
            Leader leader = leaders.require(input.leader);
            if (!seen.add(leader.id)) {
                throw new InvalidInputException("Leader " + input.leader + " is listed twice as a participant.");
            }
            Participation.of(conversation, leader.id, input.role).persist();
        }
    }
}
