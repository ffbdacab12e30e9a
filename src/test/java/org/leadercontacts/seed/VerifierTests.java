package org.leadercontacts.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.leadercontacts.common.PartialDate;
import org.leadercontacts.conversation.ConversationKind;
import org.leadercontacts.conversation.ParticipantRole;
import org.leadercontacts.conversation.ReportedDates;
import org.leadercontacts.seed.Annotation.CountryEntry;
import org.leadercontacts.seed.Annotation.DateReport;
import org.leadercontacts.seed.Annotation.DocumentMeta;
import org.leadercontacts.seed.Annotation.Event;
import org.leadercontacts.seed.Annotation.Mention;
import org.leadercontacts.seed.Annotation.Participant;
import org.leadercontacts.seed.Annotation.Person;
import org.leadercontacts.seed.Annotation.Quote;
import org.leadercontacts.seed.Annotation.TopicEntry;
import org.leadercontacts.statement.StatementKind;

/** The loader refuses annotations that do not match their documents, naming the file and the text. */
class VerifierTests {

    static final String TEXT = "MOSCOW, February 12. Putin said the talks were “constructive”. Al-Sharaa agreed.";
    static final List<CountryEntry> COUNTRIES = List.of(new CountryEntry("RU", "Russia"), new CountryEntry("SY", "Syria"));
    static final List<TopicEntry> TOPICS = List.of(new TopicEntry("bilateral-relations", "Relations", "Relations."));
    static final Person PUTIN = new Person("vladimir-putin", "Vladimir Putin", "RU", List.of(new Mention("Putin", null, null)), List.of());
    static final Person SHARAA = new Person("ahmed-al-sharaa", "Ahmed al-Sharaa", "SY", List.of(), List.of());
    static final Event CALL = new Event("call", ConversationKind.PHONE_CALL, "A call", "MOSCOW, February 12.",
            new DateReport("2025-02-12", "February 12", null), null, null, null,
            List.of(new Participant("vladimir-putin", ParticipantRole.PARTICIPANT),
                    new Participant("ahmed-al-sharaa", ParticipantRole.PARTICIPANT)), List.of());

    @Test
    void verbatimQuotesAreLocated() {
        VerifiedSources sources = verify(document("001_a.yaml", List.of(PUTIN, SHARAA), List.of(CALL),
                List.of(quote("q1", "vladimir-putin", "“constructive”"))));
        VerifiedSources.StatementAt statement = sources.documents().get(0).statements().get(0);
        assertEquals(TEXT.indexOf("“constructive”"), statement.span().start());
        assertEquals(TEXT.indexOf("“constructive”") + "“constructive”".length(), statement.span().end());
    }

    @Test
    void aQuoteNotInTheDocumentFailsNamingFileAndText() {
        SeedException error = assertThrows(SeedException.class, () -> verify(document("001_a.yaml",
                List.of(PUTIN, SHARAA), List.of(CALL), List.of(quote("q1", "vladimir-putin", "constructive and useful")))));
        assertEquals(List.of("001_a.yaml: statement q1: text not found verbatim in 001_a.txt: \"constructive and useful\""),
                error.problems());
        assertTrue(error.getMessage().contains("001_a.yaml"));
    }

    @Test
    void aQuoteWithStraightInsteadOfCurlyQuotesGetsAHint() {
        SeedException error = assertThrows(SeedException.class, () -> verify(document("001_a.yaml",
                List.of(PUTIN, SHARAA), List.of(CALL), List.of(quote("q1", "vladimir-putin", "\"constructive\"")))));
        assertTrue(error.problems().get(0).endsWith("(it differs only in quote marks, dashes or white space: copy "
                + "those characters exactly)"), error.problems().get(0));
    }

    @Test
    void anUnknownPersonFailsNamingFileAndPerson() {
        SeedException error = assertThrows(SeedException.class, () -> verify(document("001_a.yaml",
                List.of(PUTIN, SHARAA), List.of(CALL), List.of(quote("q1", "maher-al-sharaa", "Al-Sharaa agreed.")))));
        assertEquals(List.of("001_a.yaml: statement q1 speaker names person \"maher-al-sharaa\", whom no annotation "
                + "declares under `people`"), error.problems());
    }

    @Test
    void aPersonDeclaredDifferentlyInTwoFilesFails() {
        Person renamed = new Person("vladimir-putin", "V. Putin", "RU", List.of(), List.of());
        SeedException error = assertThrows(SeedException.class, () -> Verifier.verify(List.of(
                document("001_a.yaml", List.of(PUTIN, SHARAA), List.of(CALL), List.of()),
                document("002_b.yaml", List.of(renamed), List.of(), List.of())), TOPICS, COUNTRIES));
        assertTrue(error.problems().get(0).startsWith("002_b.yaml: person vladimir-putin is declared as V. Putin (RU) "
                + "but 001_a.yaml declares Vladimir Putin (RU)"), error.problems().get(0));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        SeedException error = assertThrows(SeedException.class, () -> verify(document("001_a.yaml",
                List.of(PUTIN, SHARAA), List.of(CALL), List.of(quote("q1", "nobody", "missing text"),
                        new Quote("q2", "call", null, null, StatementKind.QUOTE, "Putin", 1, null, List.of("no-topic"))))));
        assertEquals(3, error.problems().size(), error.getMessage());
    }

    @Test
    void reportsOfOneEventMergeIntoOneConversation() {
        Event sameCall = new Event("call", ConversationKind.PHONE_CALL, null, "Al-Sharaa agreed.",
                new DateReport(null, "February 12", null), null, null, null, List.of(), List.of());
        VerifiedSources sources = Verifier.verify(List.of(
                document("001_a.yaml", List.of(PUTIN, SHARAA), List.of(CALL), List.of()),
                document("002_b.yaml", List.of(), List.of(sameCall), List.of())), TOPICS, COUNTRIES);
        assertEquals(1, sources.conversations().size());
        VerifiedSources.MergedConversation call = sources.conversations().get("call");
        assertEquals("A call", call.title());
        assertEquals(new PartialDate("2025-02-12"), call.date());
        assertEquals(2, call.participants().size());
    }

    @Test
    void theCanonicalDateIsTheMostPreciseThenTheMostReported() {
        assertEquals(new PartialDate("2025-02-12"), ReportedDates.canonical(dates("2025-02", "2025-02-12", "2025")));
        assertEquals(new PartialDate("2025-02-12"), ReportedDates.canonical(dates("2025-02-13", "2025-02-12", "2025-02-12")));
        assertEquals(new PartialDate("2025-02-12"), ReportedDates.canonical(dates("2025-02-13", "2025-02-12")));
    }

    @Test
    void datesConflictOnlyWhenTheirPeriodsDoNotOverlap() {
        assertFalse(ReportedDates.disputed(dates("2025-02", "2025-02-12", "2025")));
        assertTrue(ReportedDates.disputed(dates("2025-02-12", "2025-02-13")));
        assertTrue(ReportedDates.disputed(dates("2025-01", "2025-02-12")));
    }

    private static List<PartialDate> dates(String... values) {
        return java.util.Arrays.stream(values).map(PartialDate::new).toList();
    }

    private static VerifiedSources verify(SourceFolder.Document document) {
        return Verifier.verify(List.of(document), TOPICS, COUNTRIES);
    }

    private static Quote quote(String id, String speaker, String text) {
        return new Quote(id, "call", speaker, null, StatementKind.QUOTE, text, null, null, List.of());
    }

    private static SourceFolder.Document document(String annotationFile, List<Person> people, List<Event> events,
            List<Quote> quotes) {
        String slug = annotationFile.replace(".yaml", "");
        Annotation annotation = new Annotation(new DocumentMeta(null, "TASS", null, null, null, "en", List.of(), null),
                people, events, quotes);
        return new SourceFolder.Document(slug + ".txt", slug, "0".repeat(64), TEXT, annotationFile, annotation);
    }
}
