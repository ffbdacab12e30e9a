package org.leadercontacts.seed;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

import org.leadercontacts.conversation.ConversationKind;
import org.leadercontacts.conversation.ParticipantRole;
import org.leadercontacts.statement.StatementKind;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The curated annotation of one source document, as written in its YAML file. */
@RegisterForReflection(targets = {
        Annotation.class, Annotation.DocumentMeta.class, Annotation.Cite.class, Annotation.Person.class,
        Annotation.Mention.class, Annotation.OfficeHeld.class, Annotation.Event.class, Annotation.DateReport.class,
        Annotation.Place.class, Annotation.Initiator.class, Annotation.Outlet.class, Annotation.Participant.class,
        Annotation.TopicEvidence.class, Annotation.Quote.class, Annotation.TopicEntry.class,
        Annotation.CountryEntry.class, ConversationKind.class, ParticipantRole.class, StatementKind.class })
public record Annotation(DocumentMeta document, List<Person> people, List<Event> conversations,
        List<Quote> statements) {

    public Annotation {
        people = people == null ? List.of() : people;
        conversations = conversations == null ? List.of() : conversations;
        statements = statements == null ? List.of() : statements;
    }

    public record DocumentMeta(String title, String publisher, String url, String published, String publishedText,
            String language, List<Cite> cites, String note) {
        public DocumentMeta {
            cites = cites == null ? List.of() : cites;
        }
    }

    public record Cite(String name, String text) {
    }

    public record Person(String id, String name, String country, List<Mention> mentions, List<OfficeHeld> offices) {
        public Person {
            mentions = mentions == null ? List.of() : mentions;
            offices = offices == null ? List.of() : offices;
        }
    }

    /**
     * A spelling of a person's name; written either as a plain string or as {text, note, occurrence}
     * when the spelling also occurs earlier inside other words and the span must point further on.
     */
    public record Mention(String text, String note, Integer occurrence) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Mention of(String text) {
            return new Mention(text, null, null);
        }
    }

    public record OfficeHeld(String title, String country, String from, String to, String text) {
    }

    public record Event(String id, ConversationKind kind, String title, String text, DateReport date, Place place,
            Initiator initiator, Outlet outlet, List<Participant> participants, List<TopicEvidence> topics) {
        public Event {
            participants = participants == null ? List.of() : participants;
            topics = topics == null ? List.of() : topics;
        }
    }

    public record DateReport(String value, String text, String note) {
    }

    public record Place(String name, String text) {
    }

    public record Initiator(String person, String text) {
    }

    public record Outlet(String name, String text) {
    }

    public record Participant(String person, ParticipantRole role) {
    }

    public record TopicEvidence(String topic, String text) {
    }

    public record Quote(String id, String conversation, String speaker, String attribution, StatementKind kind,
            String text, Integer occurrence, String remark, List<String> topics) {
        public Quote {
            topics = topics == null ? List.of() : topics;
        }
    }

    /** An entry of topics.yaml. */
    public record TopicEntry(String id, String name, String description) {
    }

    /** An entry of countries.yaml. */
    public record CountryEntry(String code, String name) {
    }
}
