package org.leadercontacts.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leadercontacts.common.InvalidInputException;
import org.leadercontacts.common.PartialDate;
import org.leadercontacts.conversation.ConversationKind;
import org.leadercontacts.conversation.FactKind;
import org.leadercontacts.conversation.ParticipantRole;
import org.leadercontacts.conversation.ReportedDates;
import org.leadercontacts.seed.Annotation.CountryEntry;
import org.leadercontacts.seed.Annotation.Event;
import org.leadercontacts.seed.Annotation.TopicEntry;
import org.leadercontacts.seed.SourceFolder.Document;
import org.leadercontacts.seed.VerifiedSources.Alias;
import org.leadercontacts.seed.VerifiedSources.Fact;
import org.leadercontacts.seed.VerifiedSources.Located;
import org.leadercontacts.seed.VerifiedSources.MergedConversation;
import org.leadercontacts.seed.VerifiedSources.OfficeAt;
import org.leadercontacts.seed.VerifiedSources.Person;
import org.leadercontacts.seed.VerifiedSources.Report;
import org.leadercontacts.seed.VerifiedSources.StatementAt;
import org.leadercontacts.seed.VerifiedSources.VerifiedDocument;

/**
 * Checks every annotation against its document and against the others, collecting all problems
 * before failing, and merges the reports of each event into one conversation.
 */
final class Verifier {

    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> topicNames = new HashMap<>();
    private final Set<String> countryCodes = new HashSet<>();
    private final Set<String> countryNames = new HashSet<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, String> personDeclaredIn = new HashMap<>();
    private final Set<String> statementIds = new HashSet<>();

    private Verifier() {
    }

    static VerifiedSources verify(List<Document> documents, List<TopicEntry> topics, List<CountryEntry> countries) {
        return new Verifier().run(documents, topics, countries);
    }

    private VerifiedSources run(List<Document> documents, List<TopicEntry> topics, List<CountryEntry> countries) {
        for (CountryEntry country : countries) {
            require(country.code() != null && country.code().matches("[A-Z]{2}") && notBlank(country.name()),
                    "countries.yaml: each entry needs a two-letter upper-case `code` and a `name`: " + country);
            countryCodes.add(country.code());
            countryNames.add(country.name());
        }
        for (TopicEntry topic : topics) {
            require(notBlank(topic.id()) && notBlank(topic.name()) && notBlank(topic.description()),
                    "topics.yaml: each topic needs `id`, `name` and `description`: " + topic);
            require(topicNames.put(topic.id(), topic.name()) == null, "topics.yaml: topic id " + topic.id() + " is declared twice");
        }
        // People first, from every file, so that any annotation may refer to anyone.
        for (Document document : documents) {
            for (Annotation.Person person : document.annotation().people()) {
                declarePerson(document, person);
            }
        }
        List<VerifiedDocument> verified = new ArrayList<>();
        Map<String, List<Event>> eventsById = new LinkedHashMap<>();
        for (Document document : documents) {
            verified.add(verifyDocument(document, eventsById));
        }
        Map<String, MergedConversation> conversations = new LinkedHashMap<>();
        eventsById.forEach((id, events) -> {
            MergedConversation merged = merge(id, events);
            if (merged != null) {
                conversations.put(id, merged);
            }
        });
        for (VerifiedDocument document : verified) {
            for (StatementAt statement : document.statements()) {
                require(eventsById.containsKey(statement.conversationId()), document.source().annotationFile()
                        + ": statement " + statement.id() + " names conversation \"" + statement.conversationId()
                        + "\", which no annotation declares under `conversations`");
            }
        }
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        return new VerifiedSources(verified, topics, countries, people, conversations);
    }

    private void declarePerson(Document document, Annotation.Person person) {
        String file = document.annotationFile();
        if (!notBlank(person.id()) || !notBlank(person.name())) {
            problems.add(file + ": every person needs an `id` and a `name`");
            return;
        }
        requireCountry(file, "person " + person.id(), person.country());
        Person declared = new Person(person.id(), person.name(), person.country());
        Person earlier = people.putIfAbsent(person.id(), declared);
        if (earlier != null && !earlier.equals(declared)) {
            problems.add(file + ": person " + person.id() + " is declared as " + person.name() + " (" + person.country()
                    + ") but " + personDeclaredIn.get(person.id()) + " declares " + earlier.name() + " ("
                    + earlier.country() + "): a canonical name and country must agree everywhere");
        }
        personDeclaredIn.putIfAbsent(person.id(), file);
    }

    private VerifiedDocument verifyDocument(Document document, Map<String, List<Event>> eventsById) {
        String file = document.annotationFile();
        Annotation annotation = document.annotation();
        Annotation.DocumentMeta meta = annotation.document();
        List<Located> cites = new ArrayList<>();
        if (meta == null) {
            problems.add(file + ": the `document` section (publisher, language, ...) is missing");
        } else {
            require(notBlank(meta.publisher()), file + ": document.publisher is required");
            require(notBlank(meta.language()), file + ": document.language is required");
            if (meta.title() != null) {
                locate(document, meta.title(), 1, "document.title");
            }
            if (meta.publishedText() != null) {
                locate(document, meta.publishedText(), 1, "document.publishedText");
            }
            if (meta.published() != null) {
                partialDate(file, "document.published", meta.published().split("T")[0]);
            }
            for (Annotation.Cite cite : meta.cites()) {
                require(notBlank(cite.name()), file + ": every entry of document.cites needs a `name`");
                Span span = locate(document, cite.text(), 1, "citation of " + cite.name());
                if (span != null) {
                    cites.add(new Located(cite.name(), span));
                }
            }
        }
        List<Alias> aliases = new ArrayList<>();
        List<OfficeAt> offices = new ArrayList<>();
        for (Annotation.Person person : annotation.people()) {
            for (Annotation.Mention mention : person.mentions()) {
                Span span = locate(document, mention.text(), mention.occurrence() == null ? 1 : mention.occurrence(),
                        "mention of " + person.id());
                if (span != null) {
                    aliases.add(new Alias(person.id(), mention.text(), mention.note(), span));
                }
            }
            for (Annotation.OfficeHeld office : person.offices()) {
                require(notBlank(office.title()), file + ": an office of " + person.id() + " has no title");
                requireCountry(file, "office of " + person.id(), office.country());
                partialDate(file, "office from-date of " + person.id(), office.from());
                partialDate(file, "office to-date of " + person.id(), office.to());
                Span span = locate(document, office.text(), 1, "office of " + person.id());
                if (span != null) {
                    offices.add(new OfficeAt(person.id(), office.title(), office.country(), office.from(), office.to(), span));
                }
            }
        }
        List<Report> reports = new ArrayList<>();
        for (Event event : annotation.conversations()) {
            Report report = verifyEvent(document, event);
            if (report != null) {
                reports.add(report);
                eventsById.computeIfAbsent(event.id(), id -> new ArrayList<>()).add(event);
            }
        }
        List<StatementAt> statements = new ArrayList<>();
        for (Annotation.Quote quote : annotation.statements()) {
            StatementAt statement = verifyStatement(document, quote);
            if (statement != null) {
                statements.add(statement);
            }
        }
        return new VerifiedDocument(document, cites, aliases, offices, reports, statements);
    }

    private Report verifyEvent(Document document, Event event) {
        String file = document.annotationFile();
        if (!notBlank(event.id()) || event.kind() == null) {
            problems.add(file + ": every conversation needs an `id` and a `kind` (" + event + ")");
            return null;
        }
        String what = "conversation " + event.id();
        Span passage = locate(document, event.text(), 1, what);
        List<Fact> facts = new ArrayList<>();
        if (passage != null) {
            facts.add(new Fact(FactKind.KIND, event.kind().name(), passage));
        }
        String dateValue = null;
        Span dateSpan = null;
        if (event.date() != null) {
            dateValue = event.date().value();
            partialDate(file, what + " date", dateValue);
            if (event.date().text() != null) {
                dateSpan = locate(document, event.date().text(), 1, what + " date");
                if (dateSpan != null) {
                    facts.add(new Fact(FactKind.DATE, dateValue != null ? dateValue : event.date().text(), dateSpan));
                }
            }
        }
        if (event.place() != null) {
            require(notBlank(event.place().name()), file + ": " + what + " place needs a `name`");
            Span span = locate(document, event.place().text(), 1, what + " place");
            if (span != null) {
                facts.add(new Fact(FactKind.PLACE, event.place().name(), span));
            }
        }
        if (event.initiator() != null) {
            Person initiator = person(file, what + " initiator", event.initiator().person());
            Span span = locate(document, event.initiator().text(), 1, what + " initiator");
            if (initiator != null && span != null) {
                facts.add(new Fact(FactKind.INITIATOR, initiator.name(), span));
            }
        }
        if (event.outlet() != null) {
            Span span = locate(document, event.outlet().text(), 1, what + " outlet");
            if (span != null && notBlank(event.outlet().name())) {
                facts.add(new Fact(FactKind.OUTLET, event.outlet().name(), span));
            }
        }
        for (Annotation.Participant participant : event.participants()) {
            Person person = person(file, what + " participant", participant.person());
            require(participant.role() != null, file + ": " + what + " participant " + participant.person() + " needs a `role`");
            if (person != null && passage != null) {
                facts.add(new Fact(FactKind.PARTICIPANT, person.name(), passage));
            }
        }
        for (Annotation.TopicEvidence topic : event.topics()) {
            String name = topicNames.get(topic.topic());
            require(name != null, file + ": " + what + " names topic \"" + topic.topic() + "\", which topics.yaml does not declare");
            Span span = locate(document, topic.text(), 1, what + " topic " + topic.topic());
            if (name != null && span != null) {
                facts.add(new Fact(FactKind.TOPIC, name, span));
            }
        }
        if (passage == null) {
            return null;
        }
        return new Report(event.id(), passage, dateValue, event.date() == null ? null : event.date().text(), dateSpan,
                event.date() == null ? null : event.date().note(), facts);
    }

    private StatementAt verifyStatement(Document document, Annotation.Quote quote) {
        String file = document.annotationFile();
        if (!notBlank(quote.id()) || !notBlank(quote.conversation()) || quote.kind() == null) {
            problems.add(file + ": every statement needs `id`, `conversation` and `kind` (" + quote.id() + ")");
            return null;
        }
        require(statementIds.add(quote.id()), file + ": statement id " + quote.id() + " is used twice");
        String what = "statement " + quote.id();
        if (quote.speaker() != null) {
            person(file, what + " speaker", quote.speaker());
        }
        for (String topic : quote.topics()) {
            require(topicNames.containsKey(topic), file + ": " + what + " names topic \"" + topic
                    + "\", which topics.yaml does not declare");
        }
        int occurrence = quote.occurrence() == null ? 1 : quote.occurrence();
        Span span = locate(document, quote.text(), occurrence, what);
        if (span == null) {
            return null;
        }
        return new StatementAt(quote.id(), quote.conversation(), quote.speaker(), quote.attribution(), quote.kind(),
                quote.text(), span, quote.remark(), quote.topics());
    }

    private MergedConversation merge(String id, List<Event> events) {
        Set<ConversationKind> kinds = new LinkedHashSet<>();
        String title = null;
        String place = null;
        String initiator = null;
        String outlet = null;
        List<PartialDate> dates = new ArrayList<>();
        Map<String, ParticipantRole> participants = new LinkedHashMap<>();
        Set<String> topics = new LinkedHashSet<>();
        for (Event event : events) {
            kinds.add(event.kind());
            title = title != null ? title : event.title();
            if (event.place() != null && (place == null || countryNames.contains(place))) {
                place = event.place().name();
            }
            initiator = initiator != null || event.initiator() == null ? initiator : event.initiator().person();
            outlet = outlet != null || event.outlet() == null ? outlet : event.outlet().name();
            if (event.date() != null && event.date().value() != null) {
                try {
                    dates.add(new PartialDate(event.date().value()));
                } catch (InvalidInputException e) {
                    // already reported by the per-document check
                }
            }
            for (Annotation.Participant participant : event.participants()) {
                if (participant.role() != null) {
                    participants.merge(participant.person(), participant.role(), ParticipantRole::moreSpecific);
                }
            }
            event.topics().forEach(topic -> topics.add(topic.topic()));
        }
        require(kinds.size() == 1, "conversation " + id + " is reported with different kinds " + kinds
                + ": reports of one event must agree on its kind");
        require(title != null, "conversation " + id + " has no `title` in any annotation");
        require(!participants.isEmpty(), "conversation " + id + " has no participants in any annotation");
        require(!dates.isEmpty(), "conversation " + id + " has no date `value` in any annotation");
        if (kinds.size() != 1 || title == null || dates.isEmpty() || participants.isEmpty()) {
            return null;
        }
        return new MergedConversation(id, kinds.iterator().next(), title, ReportedDates.canonical(dates), ReportedDates.disputed(dates), place,
                initiator, outlet, participants, topics);
    }

    private Span locate(Document document, String text, int occurrence, String what) {
        String file = document.annotationFile();
        if (text == null || text.isEmpty()) {
            problems.add(file + ": " + what + " needs a `text` quoted verbatim from " + document.fileName());
            return null;
        }
        Span span = Verbatim.locate(document.content(), text, occurrence);
        if (span == null) {
            problems.add(file + ": " + what + ": text not found verbatim"
                    + (occurrence > 1 ? " " + occurrence + " times" : "") + " in " + document.fileName() + ": \""
                    + text + "\"" + Verbatim.hint(document.content(), text));
        }
        return span;
    }

    private Person person(String file, String what, String id) {
        Person person = id == null ? null : people.get(id);
        require(person != null, file + ": " + what + " names person \"" + id
                + "\", whom no annotation declares under `people`");
        return person;
    }

    private void requireCountry(String file, String what, String code) {
        require(code != null && countryCodes.contains(code), file + ": " + what + " has country \"" + code
                + "\", which countries.yaml does not declare");
    }

    private void partialDate(String file, String what, String value) {
        if (value == null) {
            return;
        }
        try {
            new PartialDate(value);
        } catch (InvalidInputException e) {
            problems.add(file + ": " + what + ": " + e.getMessage());
        }
    }

    private void require(boolean condition, String problem) {
        if (!condition) {
            problems.add(problem);
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
