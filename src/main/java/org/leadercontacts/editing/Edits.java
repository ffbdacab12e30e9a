package org.leadercontacts.editing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.leadercontacts.common.GlobalId;
import org.leadercontacts.common.InvalidInputException;
import org.leadercontacts.common.NotFoundException;
import org.leadercontacts.common.PartialDate;
import org.leadercontacts.conversation.Conversation;
import org.leadercontacts.conversation.ConversationReport;
import org.leadercontacts.conversation.Conversations;
import org.leadercontacts.conversation.Participation;
import org.leadercontacts.leader.Leader;
import org.leadercontacts.leader.LeaderAlias;
import org.leadercontacts.leader.Leaders;
import org.leadercontacts.seed.Span;
import org.leadercontacts.seed.Verbatim;
import org.leadercontacts.source.Documents;
import org.leadercontacts.source.SourceDocument;
import org.leadercontacts.source.SourceDocumentNode;
import org.leadercontacts.statement.Statement;
import org.leadercontacts.statement.Statements;
import org.leadercontacts.topic.Topic;
import org.leadercontacts.topic.Topics;

/**
 * Editors' changes. Each method is one transaction: it applies whole or not at all. Updates name
 * the version they are based on; a stale version, or a concurrent edit that wins the race, is a
 * CONFLICT and changes nothing.
 */
@ApplicationScoped
public class Edits {

    @Inject
    EntityManager em;

    @Inject
    Leaders leaders;

    @Inject
    Topics topics;

    @Inject
    Conversations conversations;

    @Inject
    Statements statements;

    @Transactional
    public SourceDocument addDocument(Inputs.AddDocument input) {
        String sha256 = sha256(input.text);
        SourceDocument existing = SourceDocument.find("sha256", sha256).firstResult();
        if (existing != null) {
            throw new ConflictException("This text is already stored as document "
                    + GlobalId.encode(SourceDocumentNode.TYPE, existing.slug) + ".");
        }
        SourceDocument document = new SourceDocument();
        document.slug = "ed_" + sha256.substring(0, 16);
        document.fileName = document.slug + ".txt";
        document.sha256 = sha256;
        document.content = input.text;
        document.publisher = input.publisher;
        document.title = input.title;
        document.url = input.url;
        document.publishedOn = input.publishedOn == null ? null : new PartialDate(input.publishedOn).toString();
        document.language = input.language;
        document.note = input.note;
        if (input.title != null && Verbatim.locate(input.text, input.title, 1) == null) {
            throw new InvalidInputException("`title` must be the document's own headline, verbatim from `text`.");
        }
        document.persist();
        return document;
    }

    @Transactional
    public Statement createStatement(Inputs.CreateStatement input) {
        Conversation conversation = conversations.require(input.conversation);
        SourceDocument document = Documents.require(input.document);
        Span span = quote(document, input.text, input.occurrence);
        Statement statement = new Statement();
        statement.slug = "ed-" + UUID.randomUUID();
        statement.conversationId = conversation.id;
        statement.speakerId = input.speaker == null ? null : leaders.require(input.speaker).id;
        statement.attribution = input.attribution;
        statement.kind = input.kind;
        statement.text = input.text;
        statement.documentId = document.id;
        statement.spanStart = span.start();
        statement.spanEnd = span.end();
        statement.sortDate = conversation.dateStart;
        if (input.topics != null) {
            input.topics.forEach(topic -> statement.topicIds.add(topics.require(topic).id));
        }
        statement.persist();
        return statement;
    }

    @Transactional
    public Statement updateStatement(Inputs.UpdateStatement input) {
        Statement statement = statements.require(input.id);
        checkVersion("Statement", input.id, statement.version, input.expectedVersion);
        if (input.text != null || input.occurrence != null) {
            String text = input.text != null ? input.text : statement.text;
            Span span = quote(em.find(SourceDocument.class, statement.documentId), text, input.occurrence);
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
        return flushed(statement, "Statement", input.id);
    }

    @Transactional
    public long deleteStatement(String id, int expectedVersion) {
        Statement statement = statements.require(id);
        checkVersion("Statement", id, statement.version, expectedVersion);
        statement.delete();
        return flushed(statement, "Statement", id).id;
    }

    @Transactional
    public Topic createTopic(Inputs.CreateTopic input) {
        if (Topic.findBySlug(input.slug) != null) {
            throw new ConflictException("A topic with the slug \"" + input.slug + "\" already exists.");
        }
        Topic topic = new Topic();
        topic.slug = input.slug;
        topic.name = input.name;
        topic.description = input.description;
        topic.persist();
        return topic;
    }

    @Transactional
    public Topic updateTopic(Inputs.UpdateTopic input) {
        Topic topic = topics.require(input.id);
        checkVersion("Topic", input.id, topic.version, input.expectedVersion);
        if (input.name != null) {
            topic.name = input.name;
        }
        if (input.description != null) {
            topic.description = input.description;
        }
        return flushed(topic, "Topic", input.id);
    }

    @Transactional
    public void deleteTopic(String id, int expectedVersion) {
        Topic topic = topics.require(id);
        checkVersion("Topic", id, topic.version, expectedVersion);
        em.createNativeQuery("delete from conversation_topic where topic_id = ?1").setParameter(1, topic.id)
                .executeUpdate();
        em.createNativeQuery("delete from statement_topic where topic_id = ?1").setParameter(1, topic.id)
                .executeUpdate();
        topic.delete();
        flushed(topic, "Topic", id);
    }

    @Transactional
    public Leader createLeader(Inputs.CreateLeader input) {
        Leader leader = new Leader();
        leader.name = input.name.trim();
        leader.countryCode = leaders.countryCode(input.country);
        leader.slug = uniqueSlug(leader.name);
        leader.persist();
        addAliases(leader, input.aliases);
        return leader;
    }

    @Transactional
    public Leader updateLeader(Inputs.UpdateLeader input) {
        Leader leader = leaders.require(input.id);
        checkVersion("Leader", input.id, leader.version, input.expectedVersion);
        if (input.name != null) {
            leader.name = input.name.trim();
        }
        if (input.country != null) {
            leader.countryCode = leaders.countryCode(input.country);
        }
        addAliases(leader, input.addAliases);
        if (input.addOffices != null) {
            for (Inputs.OfficeInput held : input.addOffices) {
                SourceDocument document = Documents.require(held.document);
                Span span = quote(document, held.text, 1);
                org.leadercontacts.leader.Office office = new org.leadercontacts.leader.Office();
                office.leaderId = leader.id;
                office.title = held.title;
                office.countryCode = leaders.countryCode(held.country);
                office.validFrom = held.from;
                office.validTo = held.to;
                office.documentId = document.id;
                office.spanStart = span.start();
                office.spanEnd = span.end();
                office.persist();
            }
        }
        boolean rowChanged = input.name != null || input.country != null;
        if (!rowChanged && (input.addAliases != null || input.addOffices != null)) {
            // Only child rows changed: still one new version of the leader, as for any edit.
            em.lock(leader, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        return flushed(leader, "Leader", input.id);
    }

    /** Deletes a leader nothing refers to any more; one who took part or spoke must be merged instead. */
    @Transactional
    public long deleteLeader(String id, int expectedVersion) {
        Leader leader = leaders.require(id);
        checkVersion("Leader", id, leader.version, expectedVersion);
        long references = em.createQuery("select (select count(p) from Participation p where p.leaderId = :id) + "
                + "(select count(s) from Statement s where s.speakerId = :id) + (select count(c) from Conversation c "
                + "where c.initiatorId = :id)", Long.class).setParameter("id", leader.id).getSingleResult();
        if (references > 0) {
            throw new ConflictException("Leader " + id + " takes part in conversations or speaks in statements (" + references
                    + " references); merge it into the right leader with mergeLeaders instead.");
        }
        em.createQuery("delete from LeaderAlias where leaderId = :id").setParameter("id", leader.id).executeUpdate();
        em.createQuery("delete from Office where leaderId = :id").setParameter("id", leader.id).executeUpdate();
        leader.delete();
        return flushed(leader, "Leader", id).id;
    }

    private void addAliases(Leader leader, List<Inputs.Mention> mentions) {
        if (mentions == null) {
            return;
        }
        for (Inputs.Mention mention : mentions) {
            SourceDocument document = Documents.require(mention.document);
            Span span = quote(document, mention.text, mention.occurrence);
            LeaderAlias alias = new LeaderAlias();
            alias.leaderId = leader.id;
            alias.text = mention.text;
            alias.note = mention.note;
            alias.documentId = document.id;
            alias.spanStart = span.start();
            alias.spanEnd = span.end();
            alias.persist();
        }
    }

    /**
     * Merges two records found to be the same person: everything that points at {@code removed}
     * (participations, statements, initiatives, spellings, offices) moves to {@code kept}.
     */
    @Transactional
    public Leader mergeLeaders(String keptId, int keptVersion, String removedId, int removedVersion) {
        Leader kept = leaders.require(keptId);
        Leader removed = leaders.require(removedId);
        if (kept.id.equals(removed.id)) {
            throw new InvalidInputException("A leader cannot be merged with itself.");
        }
        checkVersion("Leader", keptId, kept.version, keptVersion);
        checkVersion("Leader", removedId, removed.version, removedVersion);
        // A conversation both took part in keeps the kept leader's participation only.
        em.createQuery("delete from Participation p where p.leaderId = :removed and p.conversationId in "
                + "(select q.conversationId from Participation q where q.leaderId = :kept)")
                .setParameter("removed", removed.id).setParameter("kept", kept.id).executeUpdate();
        for (String update : List.of("update Participation set leaderId = :kept where leaderId = :removed",
                "update Statement set speakerId = :kept where speakerId = :removed",
                "update Conversation set initiatorId = :kept where initiatorId = :removed",
                "update LeaderAlias set leaderId = :kept where leaderId = :removed",
                "update Office set leaderId = :kept where leaderId = :removed")) {
            em.createQuery(update).setParameter("kept", kept.id).setParameter("removed", removed.id).executeUpdate();
        }
        em.lock(kept, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        removed.delete();
        return flushed(kept, "Leader", keptId);
    }

    @Transactional
    public Conversation createConversation(Inputs.CreateConversation input) {
        Conversation conversation = new Conversation();
        conversation.slug = "ed-" + UUID.randomUUID();
        conversation.kind = input.kind;
        conversation.title = input.title;
        setDate(conversation, input.date);
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
            Span passage = quote(document, source.text, source.occurrence);
            ConversationReport report = new ConversationReport();
            report.conversationId = conversation.id;
            report.documentId = document.id;
            report.spanStart = passage.start();
            report.spanEnd = passage.end();
            report.reportedDate = source.reportedDate;
            if (source.reportedDateText != null) {
                Span date = quote(document, source.reportedDateText, 1);
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
        checkVersion("Conversation", input.id, conversation.version, input.expectedVersion);
        if (input.kind != null) {
            conversation.kind = input.kind;
        }
        if (input.title != null) {
            conversation.title = input.title;
        }
        if (input.date != null) {
            setDate(conversation, input.date);
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
        return flushed(conversation, "Conversation", input.id);
    }

    /** Deletes a conversation with everything that belongs to it, its statements included. */
    @Transactional
    public long deleteConversation(String id, int expectedVersion) {
        Conversation conversation = conversations.require(id);
        checkVersion("Conversation", id, conversation.version, expectedVersion);
        em.createNativeQuery("delete from statement_topic where statement_id in (select id from statement where "
                + "conversation_id = ?1)").setParameter(1, conversation.id).executeUpdate();
        for (String entity : List.of("Statement", "Participation", "ConversationReport", "ConversationFact")) {
            em.createQuery("delete from " + entity + " where conversationId = :id").setParameter("id", conversation.id)
                    .executeUpdate();
        }
        conversation.delete();
        return flushed(conversation, "Conversation", id).id;
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
        checkVersion("Conversation", keptId, kept.version, keptVersion);
        checkVersion("Conversation", removedId, removed.version, removedVersion);
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
        em.lock(kept, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        removed.delete();
        return flushed(kept, "Conversation", keptId);
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

    private static void setDate(Conversation conversation, String value) {
        PartialDate date = new PartialDate(value);
        conversation.dateValue = date.toString();
        conversation.datePrecision = date.precision();
        conversation.dateStart = date.start();
        conversation.dateEnd = date.end();
    }

    private void setParticipants(Conversation conversation, List<Inputs.ParticipantInput> participants) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Inputs.ParticipantInput input : participants) {
            Leader leader = leaders.require(input.leader);
            if (!seen.add(leader.id)) {
                throw new InvalidInputException("Leader " + input.leader + " is listed twice as a participant.");
            }
            Participation participation = new Participation();
            participation.conversationId = conversation.id;
            participation.leaderId = leader.id;
            participation.role = input.role;
            participation.sortDate = conversation.dateStart;
            participation.persist();
        }
    }

    private static Span quote(SourceDocument document, String text, Integer occurrence) {
        Span span = Verbatim.locate(document.content, text, occurrence == null ? 1 : occurrence);
        if (span == null) {
            throw new InvalidInputException("The text is not in the document verbatim"
                    + (occurrence != null && occurrence > 1 ? " " + occurrence + " times" : "") + ": \""
                    + shorten(text) + "\"" + Verbatim.hint(document.content, text) + ".");
        }
        return span;
    }

    private static void checkVersion(String type, String id, int actual, Integer expected) {
        if (expected == null || actual != expected) {
            throw new ConflictException(type + " " + id + " is at version " + actual + ", not " + expected
                    + ": it was changed since you read it. Read it again and reapply your edit.");
        }
    }

    /** Flushes inside the transaction, so that losing a race to a concurrent edit is a CONFLICT. */
    private <T> T flushed(T entity, String type, String id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(type + " " + id + " was changed by a concurrent edit; nothing was changed. "
                    + "Read it again and reapply your edit.");
        }
        return entity;
    }

    private String uniqueSlug(String name) {
        String base = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        base = base.isEmpty() ? "leader" : base;
        String slug = base;
        for (int i = 2; Leader.findBySlug(slug) != null; i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
