package org.leadercontacts.seed;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leadercontacts.common.PartialDate;
import org.leadercontacts.conversation.ConversationKind;
import org.leadercontacts.conversation.FactKind;
import org.leadercontacts.conversation.ParticipantRole;
import org.leadercontacts.seed.Annotation.CountryEntry;
import org.leadercontacts.seed.Annotation.TopicEntry;
import org.leadercontacts.statement.StatementKind;

/** The source folder after verification: every text located, every reference resolved, events merged. */
public record VerifiedSources(List<VerifiedDocument> documents, List<TopicEntry> topics, List<CountryEntry> countries,
        Map<String, Person> people, Map<String, MergedConversation> conversations) {

    public record VerifiedDocument(SourceFolder.Document source, List<Located> cites, List<Alias> aliases,
            List<OfficeAt> offices, List<Report> reports, List<StatementAt> statements) {
    }

    public record Located(String value, Span span) {
    }

    public record Person(String id, String name, String country) {
    }

    public record Alias(String personId, String text, String note, Span span) {
    }

    public record OfficeAt(String personId, String title, String country, String from, String to, Span span) {
    }

    public record Report(String conversationId, Span passage, String dateValue, String dateText, Span dateSpan,
            String dateNote, List<Fact> facts) {
    }

    public record Fact(FactKind kind, String value, Span span) {
    }

    public record MergedConversation(String id, ConversationKind kind, String title, PartialDate date,
            boolean dateDisputed, String place, String initiatorId, String outlet, Map<String, ParticipantRole> participants,
            Set<String> topicIds) {
    }

    public record StatementAt(String id, String conversationId, String speakerId, String attribution,
            StatementKind kind, String text, Span span, String remark, List<String> topicIds) {
    }
}
