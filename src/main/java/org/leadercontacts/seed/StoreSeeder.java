package org.leadercontacts.seed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.leadercontacts.conversation.Conversation;
import org.leadercontacts.conversation.ConversationFact;
import org.leadercontacts.conversation.ConversationReport;
import org.leadercontacts.conversation.Participation;
import org.leadercontacts.leader.Country;
import org.leadercontacts.leader.Leader;
import org.leadercontacts.leader.LeaderAlias;
import org.leadercontacts.leader.Office;
import org.leadercontacts.seed.Annotation.CountryEntry;
import org.leadercontacts.seed.Annotation.TopicEntry;
import org.leadercontacts.seed.VerifiedSources.MergedConversation;
import org.leadercontacts.seed.VerifiedSources.Report;
import org.leadercontacts.seed.VerifiedSources.StatementAt;
import org.leadercontacts.seed.VerifiedSources.VerifiedDocument;
import org.leadercontacts.source.DocumentCitation;
import org.leadercontacts.source.SourceDocument;
import org.leadercontacts.statement.Statement;
import org.leadercontacts.store.StoreRevision;
import org.leadercontacts.topic.Topic;

/**
 * Writes verified sources into the store. A document is seeded once: documents already in the
 * store are skipped whole, so running the seeder again changes nothing and never overwrites what
 * is there.
 */
@ApplicationScoped
public class StoreSeeder {

    private static final Logger LOG = Logger.getLogger(StoreSeeder.class);

    public record Outcome(int documentsAdded, int documentsPresent, int conversations, int statements) {
    }

    @Inject
    EntityManager em;

    @Inject
    StoreRevision storeRevision;

    @Transactional
    public Outcome seed(VerifiedSources sources) {
        // Serializes seeding across replicas that share a database; the lock is released at commit,
        // after which the next replica finds every document present and adds nothing.
        em.createNativeQuery("select id from seed_lock where id = 1 for update").getResultList();
        // Slugs only, and only of these documents: a store at scale holds 100,000 documents of a few KB each.
        Set<String> present = Set.copyOf(em.createQuery("select d.slug from SourceDocument d where d.slug in :slugs",
                String.class).setParameter("slugs", sources.documents().stream().map(d -> d.source().slug()).toList())
                .getResultList());
        List<VerifiedDocument> missing = sources.documents().stream()
                .filter(d -> !present.contains(d.source().slug())).toList();
        if (missing.isEmpty()) {
            LOG.infof("Store already holds all %d source documents; nothing to seed", present.size());
            return new Outcome(0, present.size(), 0, 0);
        }
        seedVocabularies(sources);
        Map<String, Leader> leaders = seedLeaders(sources);
        Map<String, Topic> topics = Topic.<Topic> listAll().stream().collect(Collectors.toMap(t -> t.slug, t -> t));
        Map<String, Conversation> conversations = new HashMap<>();
        int statements = 0;
        for (VerifiedDocument document : missing) {
            SourceDocument stored = seedDocument(document, leaders);
            for (Report report : document.reports()) {
                Conversation conversation = conversations.computeIfAbsent(report.conversationId(),
                        id -> conversation(sources.conversations().get(id), leaders, topics));
                seedReport(report, conversation, stored);
            }
            for (StatementAt statement : document.statements()) {
                Conversation conversation = conversations.computeIfAbsent(statement.conversationId(),
                        id -> conversation(sources.conversations().get(id), leaders, topics));
                seedStatement(statement, conversation, stored, leaders, topics);
                statements++;
            }
            LOG.infof("Seeded %s: %d reports of conversations, %d statements", document.source().fileName(),
                    document.reports().size(), document.statements().size());
        }
        storeRevision.bump();
        return new Outcome(missing.size(), present.size(), conversations.size(), statements);
    }

    private void seedVocabularies(VerifiedSources sources) {
        for (CountryEntry entry : sources.countries()) {
            if (Country.findById(entry.code()) == null) {
                Country country = new Country();
                country.code = entry.code();
                country.name = entry.name();
                country.persist();
            }
        }
        for (TopicEntry entry : sources.topics()) {
            if (Topic.findBySlug(entry.id()) == null) {
                Topic topic = new Topic();
                topic.slug = entry.id();
                topic.name = entry.name();
                topic.description = entry.description();
                topic.persist();
            }
        }
    }

    private Map<String, Leader> seedLeaders(VerifiedSources sources) {
        Map<String, Leader> leaders = new HashMap<>();
        for (VerifiedSources.Person person : sources.people().values()) {
            Leader leader = Leader.findBySlug(person.id());
            if (leader == null) {
                leader = new Leader();
                leader.slug = person.id();
                leader.name = person.name();
                leader.countryCode = person.country();
                leader.persist();
            }
            leaders.put(person.id(), leader);
        }
        return leaders;
    }

    private SourceDocument seedDocument(VerifiedDocument verified, Map<String, Leader> leaders) {
        SourceFolder.Document source = verified.source();
        Annotation.DocumentMeta meta = source.annotation().document();
        SourceDocument document = new SourceDocument();
        document.slug = source.slug();
        document.fileName = source.fileName();
        document.sha256 = source.sha256();
        document.title = meta.title();
        document.publisher = meta.publisher();
        document.url = meta.url();
        document.publishedOn = meta.published() == null ? null : meta.published().split("T")[0];
        document.publishedText = meta.publishedText();
        document.language = meta.language();
        document.note = meta.note();
        document.content = source.content();
        document.persist();
        for (VerifiedSources.Located cite : verified.cites()) {
            DocumentCitation citation = new DocumentCitation();
            citation.documentId = document.id;
            citation.name = cite.value();
            citation.spanStart = cite.span().start();
            citation.spanEnd = cite.span().end();
            citation.persist();
        }
        for (VerifiedSources.Alias mention : verified.aliases()) {
            LeaderAlias.of(leaders.get(mention.personId()).id, mention.text(), mention.note(), document.id,
                    mention.span().start(), mention.span().end()).persist();
        }
        for (VerifiedSources.OfficeAt held : verified.offices()) {
            Office.of(leaders.get(held.personId()).id, held.title(), held.country(), held.from(), held.to(), document.id,
                    held.span().start(), held.span().end()).persist();
        }
        return document;
    }

    /** Finds the conversation, or creates it from the merged reports of all annotations. */
    private Conversation conversation(MergedConversation merged, Map<String, Leader> leaders, Map<String, Topic> topics) {
        Conversation conversation = Conversation.findBySlug(merged.id());
        if (conversation != null) {
            return conversation;
        }
        Conversation created = new Conversation();
        created.slug = merged.id();
        created.kind = merged.kind();
        created.title = merged.title();
        created.setDate(merged.date());
        created.dateDisputed = merged.dateDisputed();
        created.place = merged.place();
        created.initiatorId = merged.initiatorId() == null ? null : leaders.get(merged.initiatorId()).id;
        created.outlet = merged.outlet();
        merged.topicIds().forEach(topic -> created.topicIds.add(topics.get(topic).id));
        created.persist();
        merged.participants().forEach((person, role) -> Participation.of(created, leaders.get(person).id, role).persist());
        return created;
    }

    private void seedReport(Report verified, Conversation conversation, SourceDocument document) {
        ConversationReport report = ConversationReport.of(conversation.id, document.id, verified.passage().start(),
                verified.passage().end());
        report.reportedDate = verified.dateValue();
        report.dateText = verified.dateText();
        report.dateSpanStart = verified.dateSpan() == null ? null : verified.dateSpan().start();
        report.dateSpanEnd = verified.dateSpan() == null ? null : verified.dateSpan().end();
        report.dateNote = verified.dateNote();
        report.persist();
        for (VerifiedSources.Fact verifiedFact : verified.facts()) {
            ConversationFact fact = new ConversationFact();
            fact.conversationId = conversation.id;
            fact.fact = verifiedFact.kind();
            fact.value = verifiedFact.value();
            fact.documentId = document.id;
            fact.spanStart = verifiedFact.span().start();
            fact.spanEnd = verifiedFact.span().end();
            fact.persist();
        }
    }

    private void seedStatement(StatementAt verified, Conversation conversation, SourceDocument document,
            Map<String, Leader> leaders, Map<String, Topic> topics) {
        Statement statement = Statement.quoted(verified.id(), conversation, document.id, verified.text(),
                verified.span().start(), verified.span().end());
        statement.speakerId = verified.speakerId() == null ? null : leaders.get(verified.speakerId()).id;
        statement.attribution = verified.attribution();
        statement.kind = verified.kind();
        statement.remark = verified.remark();
        verified.topicIds().forEach(topic -> statement.topicIds.add(topics.get(topic).id));
        statement.persist();
    }
}
