package org.leadercontacts.facts;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.leadercontacts.facts.Sources.AL_ARABIYA;
import static org.leadercontacts.facts.Sources.CALL_2022;
import static org.leadercontacts.facts.Sources.CALL_2025;
import static org.leadercontacts.facts.Sources.D000;
import static org.leadercontacts.facts.Sources.D001;
import static org.leadercontacts.facts.Sources.D002;
import static org.leadercontacts.facts.Sources.D003;
import static org.leadercontacts.facts.Sources.D004;
import static org.leadercontacts.facts.Sources.DELEGATION;
import static org.leadercontacts.facts.Sources.MEETING_2021;
import static org.leadercontacts.facts.Sources.WASHINGTON_POST;
import static org.leadercontacts.facts.Sources.conversation;
import static org.leadercontacts.facts.Sources.leader;
import static org.leadercontacts.facts.Sources.query;
import static org.leadercontacts.facts.Sources.topic;
import static org.leadercontacts.facts.Sources.verbatim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What the documents say was said: every statement's span, speakers, the versions of one remark, and the filters. */
@QuarkusTest
class StatementFactsTests {

    static final String FIELDS = """
            id text kind attribution remark
            speaker { id name }
            conversation { id sources { document { fileName } } }
            topics { slug }
            versions { id text remark source { document { fileName publisher } } }
            source { start end text document { fileName publisher text } }""";

    static final String PAGE = """
            query($first: Int, $after: String, $filter: StatementFilter) {
              statements(first: $first, after: $after, filter: $filter) {
                totalCount pageInfo { hasNextPage endCursor }
                edges { node { %s } } } }""".formatted(FIELDS);

    static final String KREMLIN_THANH_NIEN = "constructive, businesslike and meaningful";
    static final String KREMLIN_TASS = "constructive, business-like and substantive";
    static final String KREMLIN_CHATTYTHAT = "constructive, business-like, and substantial";

    /** Every statement, walked page by page with first/after. */
    private static List<Map<String, Object>> all() {
        List<Map<String, Object>> statements = new ArrayList<>();
        String after = null;
        int total = -1;
        for (int pages = 0; pages < 100; pages++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", 10);
            variables.put("after", after);
            JsonPath page = query(PAGE, variables);
            total = page.getInt("data.statements.totalCount");
            statements.addAll(page.getList("data.statements.edges.node"));
            if (!page.getBoolean("data.statements.pageInfo.hasNextPage")) {
                break;
            }
            after = page.getString("data.statements.pageInfo.endCursor");
        }
        assertThat("walked every statement", statements, hasSize(total));
        return statements;
    }

    private static List<Map<String, Object>> filtered(Map<String, Object> filter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", 100);
        variables.put("filter", filter);
        JsonPath page = query(PAGE, variables);
        List<Map<String, Object>> nodes = page.getList("data.statements.edges.node");
        assertThat(page.getInt("data.statements.totalCount"), equalTo(nodes.size()));
        return nodes;
    }

    private static Map<String, Object> only(List<Map<String, Object>> statements, Predicate<Map<String, Object>> test,
            String what) {
        List<Map<String, Object>> found = statements.stream().filter(test).toList();
        assertThat(what, found, hasSize(1));
        return found.get(0);
    }

    private static Predicate<Map<String, Object>> textIs(String text) {
        return s -> text.equals(s.get("text"));
    }

    private static Predicate<Map<String, Object>> textStarts(String prefix) {
        return s -> ((String) s.get("text")).startsWith(prefix);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> node, String field) {
        return (Map<String, Object>) node.get(field);
    }

    static String speakerName(Map<String, Object> s) {
        Map<String, Object> speaker = map(s, "speaker");
        return speaker == null ? null : (String) speaker.get("name");
    }

    static String speakerId(Map<String, Object> s) {
        Map<String, Object> speaker = map(s, "speaker");
        return speaker == null ? null : (String) speaker.get("id");
    }

    static String file(Map<String, Object> s) {
        return (String) map(map(s, "source"), "document").get("fileName");
    }

    static String publisher(Map<String, Object> s) {
        return (String) map(map(s, "source"), "document").get("publisher");
    }

    static String conversationId(Map<String, Object> s) {
        return (String) map(s, "conversation").get("id");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> versions(Map<String, Object> s) {
        return (List<Map<String, Object>>) s.get("versions");
    }

    @SuppressWarnings("unchecked")
    static List<String> topicSlugs(Map<String, Object> s) {
        return ((List<Map<String, Object>>) s.get("topics")).stream().map(t -> (String) t.get("slug")).toList();
    }

    static Set<String> ids(List<Map<String, Object>> statements) {
        return statements.stream().map(s -> (String) s.get("id")).collect(Collectors.toSet());
    }

    // ---------------------------------------------------------------- span integrity

    @Test
    void everyStatementIsItsDocumentsTextBetweenStartAndEnd() {
        List<Map<String, Object>> statements = all();
        assertThat(statements, hasSize(54));
        assertThat("no statement twice", ids(statements), hasSize(54));
        for (Map<String, Object> s : statements) {
            Map<String, Object> span = map(s, "source");
            String text = (String) s.get("text");
            String served = (String) map(span, "document").get("text");
            int start = (Integer) span.get("start");
            int end = (Integer) span.get("end");
            assertThat(s.get("id") + ": source.text", span.get("text"), equalTo(text));
            assertThat(s.get("id") + ": document.text[start, end)", served.substring(start, end), equalTo(text));
            String onDisk = Sources.text(file(s).replace(".txt", ""));
            assertThat(s.get("id") + ": file on disk [start, end)", onDisk.substring(start, end), equalTo(text));
        }
    }

    @Test
    void everyStatementsDocumentReportsItsConversation() {
        for (Map<String, Object> s : all()) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> sources = (List<Map<String, Object>>) map(s, "conversation").get("sources");
            List<String> files = sources.stream().map(source -> (String) map(source, "document").get("fileName"))
                    .toList();
            assertThat(s.get("id") + " is reported by a source of its conversation", files, hasItem(file(s)));
        }
    }

    @Test
    void statementsWithoutASpeakerCarryAnAttribution() {
        List<Map<String, Object>> unspoken = all().stream().filter(s -> s.get("speaker") == null).toList();
        assertThat(unspoken, hasSize(13));
        for (Map<String, Object> s : unspoken) {
            assertThat(s.get("text") + " has an attribution", (String) s.get("attribution"), notNullValue());
            assertThat(((String) s.get("attribution")).isBlank(), is(false));
        }
        Map<String, Object> leaders = only(unspoken, textStarts(verbatim(D000, "The leaders discussed the Syrian settlement")), "000");
        assertThat(leaders.get("attribution"), equalTo("the leaders"));
        Map<String, Object> tass = only(unspoken, textIs(KREMLIN_TASS), "TASS assessment");
        assertThat(Sources.text(D002), containsString("The Kremlin described the conversation as \"" + KREMLIN_TASS));
        assertThat((String) tass.get("attribution"), containsString("Kremlin"));
    }

    // ---------------------------------------------------------------- quotes and their speakers

    @Test
    void spasiboIsAssadsOwnWordInRussian() {
        verbatim(D004, "President of the Syrian Arab Republic Bashar al-Assad (in Russian): Spasibo.");
        Map<String, Object> s = only(all(), textIs("Spasibo."), "Spasibo.");
        assertThat(speakerName(s), equalTo("Bashar al-Assad"));
        assertThat(speakerId(s), equalTo(leader("bashar-al-assad")));
        assertThat(s.get("kind"), equalTo("QUOTE"));
        assertThat(s.get("attribution"), equalTo("(in Russian)"));
        assertThat(conversationId(s), equalTo(conversation(MEETING_2021)));
        assertThat(file(s), equalTo(D004 + ".txt"));
        assertThat(versions(s), empty());
    }

    @Test
    void theGarbledNameParaphraseIsPutinThankingAssad() {
        String text = verbatim(D000, "Vladimir Putin thanked Bashar al-Assad al-Assad Bashar al-Assad Bashar for his "
                + "principled position and shared his assessment of the latest developments in the context of the "
                + "decisions taken and being implemented by Russia.");
        Map<String, Object> s = only(all(), textIs(text), "the garbled-name paraphrase");
        assertThat(speakerName(s), equalTo("Vladimir Putin"));
        assertThat(s.get("kind"), equalTo("PARAPHRASE"));
        assertThat(conversationId(s), equalTo(conversation(CALL_2022)));
        assertThat(file(s), equalTo(D000 + ".txt"));
    }

    @Test
    void assadExpressedSupportForTheOperationIn2022() {
        Map<String, Object> s = only(all(), textStarts(verbatim(D000, "The President of Syria expressed strong "
                + "support for Russia's special military operation")), "000 support");
        assertThat(speakerName(s), equalTo("Bashar al-Assad"));
        assertThat(s.get("kind"), equalTo("PARAPHRASE"));
        assertThat(topicSlugs(s), containsInAnyOrder("special-military-operation", "us-nato-policy"));
    }

    @Test
    void bogdanovSaidThePowerShiftWillNotChangeTheNatureOfRelations() {
        Map<String, Object> s = only(all(), t -> ((String) t.get("text")).contains("“will not change the nature”"),
                "Bogdanov");
        assertThat(speakerName(s), equalTo("Mikhail Bogdanov"));
        assertThat(speakerId(s), equalTo(leader("mikhail-bogdanov")));
        assertThat(s.get("text"), equalTo("Deputy Foreign Minister Mikhail Bogdanov, who led the Russian delegation "
                + "last month, said at the time that the power shift in Damascus “will not change the nature” of "
                + "relations between the two nations."));
        assertThat(s.get("kind"), equalTo("PARAPHRASE"));
        assertThat(conversationId(s), equalTo(conversation(DELEGATION)));
        assertThat(publisher(s), equalTo("Chattythat"));
    }

    @Test
    void alSharaaToldAlArabiyaAboutStrategicInterests() {
        String text = "al-Sharaa told Al Arabiya News that the two nations share “strategic interests.”";
        assertThat(Sources.text(D003), containsString(text));
        Map<String, Object> s = only(all(), textIs(text), "strategic interests");
        assertThat(speakerName(s), equalTo("Ahmed al-Sharaa"));
        assertThat(speakerId(s), equalTo(leader("ahmed-al-sharaa")));
        assertThat(conversationId(s), equalTo(conversation(AL_ARABIYA)));
        Map<String, Object> second = only(all(), textStarts("He also said Damascus was interested in maintaining good "
                + "relations with the “second most powerful country in the world,”"), "second most powerful");
        assertThat(speakerName(second), equalTo("Ahmed al-Sharaa"));
        assertThat(conversationId(second), equalTo(conversation(AL_ARABIYA)));
    }

    @Test
    void abuQasraParaphrasedOnTheBases() {
        String text = "Damascus was willing to allow Russia to keep its naval and air bases on Syrian soil, provided it "
                + "serves the Arab nation’s interests.";
        assertThat(Sources.text(D003), containsString("Murhaf Abu Qasra told The Washington Post that " + text));
        Map<String, Object> s = only(all(), textIs(text), "Abu Qasra");
        assertThat(speakerName(s), equalTo("Murhaf Abu Qasra"));
        assertThat(s.get("kind"), equalTo("PARAPHRASE"));
        assertThat(conversationId(s), equalTo(conversation(WASHINGTON_POST)));
        assertThat(topicSlugs(s), contains("military-bases"));
    }

    @Test
    void mrAhmedsEmphasisIsAhmedAlSharaasNotMahers() {
        Map<String, Object> s = only(all(), textStarts("Mr. Ahmed emphasized"), "Mr. Ahmed");
        assertThat(speakerId(s), equalTo(leader("ahmed-al-sharaa")));
        assertThat(conversationId(s), equalTo(conversation(CALL_2025)));
        assertThat(publisher(s), equalTo("Thanh Nien"));
    }

    @Test
    void theMeetingTranscriptIsQuotedParagraphByParagraph() {
        List<Map<String, Object>> transcript = all().stream().filter(s -> file(s).equals(D004 + ".txt")).toList();
        assertThat(transcript, hasSize(22));
        assertThat(transcript.stream().map(s -> s.get("kind")).toList(), everyItem(equalTo("QUOTE")));
        assertThat(transcript.stream().map(StatementFactsTests::speakerName).filter("Vladimir Putin"::equals)
                .count(), equalTo(9L));
        assertThat(transcript.stream().map(StatementFactsTests::speakerName).filter("Bashar al-Assad"::equals)
                .count(), equalTo(13L));
        Map<String, Object> welcome = only(transcript, textStarts(verbatim(D004, "Mr President, I am glad to once "
                + "again welcome you to Moscow.")), "welcome");
        assertThat(speakerName(welcome), equalTo("Vladimir Putin"));
        Map<String, Object> sanctions = only(transcript, textStarts(verbatim(D004, "Some countries have imposed sanctions")),
                "sanctions");
        assertThat(speakerName(sanctions), equalTo("Bashar al-Assad"));
        assertThat(sanctions.get("attribution"), equalTo("(retranslated)"));
    }

    // ---------------------------------------------------------------- one remark, three wordings

    @Test
    void theKremlinsAssessmentIsWordedDifferentlyByEachOutlet() {
        assertThat(Sources.text(D001), containsString("“" + KREMLIN_THANH_NIEN + "”"));
        assertThat(Sources.text(D002), containsString("\"" + KREMLIN_TASS + ".\""));
        assertThat(Sources.text(D003), containsString("“" + KREMLIN_CHATTYTHAT + ",”"));

        List<Map<String, Object>> statements = all();
        Map<String, String> byPublisher = Map.of("Thanh Nien", KREMLIN_THANH_NIEN, "TASS", KREMLIN_TASS, "Chattythat",
                KREMLIN_CHATTYTHAT);
        String remark = null;
        for (Map.Entry<String, String> wording : byPublisher.entrySet()) {
            Map<String, Object> s = only(statements, textIs(wording.getValue()), wording.getValue());
            assertThat(publisher(s), equalTo(wording.getKey()));
            assertThat(s.get("kind"), equalTo("QUOTE"));
            assertThat("the Kremlin, not a person, said it", s.get("speaker"), nullValue());
            assertThat((String) s.get("attribution"), containsString("Kremlin"));
            assertThat(conversationId(s), equalTo(conversation(CALL_2025)));
            assertThat((String) s.get("remark"), notNullValue());
            if (remark == null) {
                remark = (String) s.get("remark");
            }
            assertThat("one remark key for the three wordings", s.get("remark"), equalTo(remark));
            List<String> otherWordings = byPublisher.values().stream().filter(w -> !w.equals(wording.getValue()))
                    .toList();
            assertThat(versions(s).stream().map(v -> v.get("text")).toList(),
                    containsInAnyOrder(otherWordings.toArray()));
            assertThat(versions(s).stream().map(v -> (String) map(map(v, "source"), "document").get("publisher"))
                    .toList(), not(hasItem(wording.getKey())));
        }
    }

    @Test
    void versionsAreTheSameRemarkInOtherDocuments() {
        List<Map<String, Object>> statements = all();
        int linked = 0;
        for (Map<String, Object> s : statements) {
            Object remark = s.get("remark");
            if (remark == null) {
                assertThat(s.get("id") + " has no versions", versions(s), empty());
                continue;
            }
            Set<String> expected = statements.stream()
                    .filter(o -> remark.equals(o.get("remark")) && !o.get("id").equals(s.get("id")))
                    .map(o -> (String) o.get("id")).collect(Collectors.toSet());
            assertThat(s.get("id") + " versions", ids(versions(s)), equalTo(expected));
            for (Map<String, Object> v : versions(s)) {
                assertThat("a version comes from another document",
                        map(map(v, "source"), "document").get("fileName"), not(equalTo(file(s))));
            }
            linked++;
        }
        assertThat("statements reported by more than one document", linked, equalTo(18));
    }

    // ---------------------------------------------------------------- filters

    @Test
    void filterBySpeaker() {
        List<Map<String, Object>> statements = all();
        Map<String, Integer> expected = Map.of("vladimir-putin", 22, "bashar-al-assad", 14, "ahmed-al-sharaa", 3,
                "mikhail-bogdanov", 1, "murhaf-abu-qasra", 1, "maher-al-sharaa", 0, "asaad-al-shaibani", 0);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            List<Map<String, Object>> found = filtered(Map.of("speaker", leader(e.getKey())));
            assertThat(e.getKey(), found, hasSize(e.getValue()));
            Set<String> bySpeaker = statements.stream().filter(s -> leader(e.getKey()).equals(speakerId(s)))
                    .map(s -> (String) s.get("id")).collect(Collectors.toSet());
            assertThat(e.getKey(), ids(found), equalTo(bySpeaker));
        }
    }

    @Test
    void filterByTopic() {
        assertThat(filtered(Map.of("topic", topic("military-bases"))).stream().map(s -> s.get("text")).toList(),
                contains("Damascus was willing to allow Russia to keep its naval and air bases on Syrian soil, provided "
                        + "it serves the Arab nation’s interests."));
        List<Map<String, Object>> covid = filtered(Map.of("topic", topic("covid-19")));
        assertThat(covid, hasSize(2));
        assertThat(covid.stream().map(s -> (String) s.get("text")).toList(), everyItem(containsString("coronavirus")));
        List<Map<String, Object>> education = filtered(Map.of("topic", topic("education")));
        assertThat(education, hasSize(3));
        assertThat(education.stream().map(StatementFactsTests::publisher).toList(),
                containsInAnyOrder("Thanh Nien", "TASS", "Chattythat"));
        assertThat(education.stream().map(s -> (String) s.get("text")).toList(), everyItem(containsString("educat")));
        for (Map<String, Object> s : education) {
            assertThat(topicSlugs(s), hasItem("education"));
        }
    }

    @Test
    void filterByConversation() {
        Map<String, Integer> expected = Map.of(MEETING_2021, 22, CALL_2022, 5, CALL_2025, 23, DELEGATION, 1,
                AL_ARABIYA, 2, WASHINGTON_POST, 1);
        int total = 0;
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            List<Map<String, Object>> found = filtered(Map.of("conversation", conversation(e.getKey())));
            assertThat(e.getKey(), found, hasSize(e.getValue()));
            assertThat(found.stream().map(StatementFactsTests::conversationId).toList(),
                    everyItem(equalTo(conversation(e.getKey()))));
            total += found.size();
        }
        assertThat(total, equalTo(54));
        assertThat(filtered(Map.of("conversation", conversation(CALL_2022))).stream()
                .map(StatementFactsTests::file).toList(), everyItem(equalTo(D000 + ".txt")));
    }

    @Test
    void filterByDocument() {
        Map<String, Integer> expected = Map.of(D000, 5, D001, 9, D002, 8, D003, 10, D004, 22);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            List<Map<String, Object>> found = filtered(Map.of("document", Sources.document(e.getKey())));
            assertThat(e.getKey(), found, hasSize(e.getValue()));
            assertThat(found.stream().map(StatementFactsTests::file).toList(),
                    everyItem(equalTo(e.getKey() + ".txt")));
        }
        assertThat(filtered(Map.of("document", Sources.document(D003), "speaker", leader("vladimir-putin"))),
                hasSize(4));
    }

    @Test
    void filterByKind() {
        List<Map<String, Object>> quotes = filtered(Map.of("kind", "QUOTE"));
        List<Map<String, Object>> paraphrases = filtered(Map.of("kind", "PARAPHRASE"));
        assertThat(quotes.size() + paraphrases.size(), equalTo(54));
        assertThat(quotes, hasSize(25));
        assertThat(quotes.stream().filter(s -> file(s).equals(D004 + ".txt")).count(), equalTo(22L));
        assertThat(quotes.stream().filter(s -> !file(s).equals(D004 + ".txt")).map(s -> s.get("text")).toList(),
                containsInAnyOrder(KREMLIN_THANH_NIEN, KREMLIN_TASS, KREMLIN_CHATTYTHAT));
        assertThat("the Kremlin readout of 2022 is all paraphrase", paraphrases.stream()
                .filter(s -> file(s).equals(D000 + ".txt")).count(), equalTo(5L));
    }

    @Test
    void matchingFindsExactlyTheStatementsWithTheWord() {
        List<Map<String, Object>> statements = all();
        for (String word : List.of("Spasibo", "coronavirus", "Sputnik", "sanctions", "Astana", "Damascus", "naval",
                "constructive", "Wednesday")) {
            Set<String> expected = statements.stream()
                    .filter(s -> ((String) s.get("text")).toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)))
                    .map(s -> (String) s.get("id")).collect(Collectors.toSet());
            assertThat(word, ids(filtered(Map.of("matching", word))), equalTo(expected));
        }
        assertThat(filtered(Map.of("matching", "Spasibo")).stream().map(StatementFactsTests::speakerName).toList(),
                contains("Bashar al-Assad"));
        assertThat(filtered(Map.of("matching", "constructive")), hasSize(4));
    }

    @Test
    void matchingAnExactPhraseFindsOnlyThatWording() {
        assertThat(filtered(Map.of("matching", "\"" + KREMLIN_TASS + "\"")).stream().map(s -> s.get("text")).toList(),
                contains(KREMLIN_TASS));
        assertThat(filtered(Map.of("matching", "\"strategic interests\"")).stream()
                .map(StatementFactsTests::speakerName).toList(), contains("Ahmed al-Sharaa"));
        assertThat(filtered(Map.of("matching", "\"will not change the nature\"")).stream()
                .map(StatementFactsTests::speakerName).toList(), contains("Mikhail Bogdanov"));
        assertThat(filtered(Map.of("matching", "Sputnik | sanctions")).stream().map(StatementFactsTests::speakerName)
                .toList(), containsInAnyOrder("Vladimir Putin", "Bashar al-Assad"));
    }

    @Test
    void matchingWithAnExcludedWordLeavesOutTheStatementsThatHaveIt() {
        List<Map<String, Object>> statements = all();
        Set<String> expected = statements.stream().map(s -> (String) s.get("text"))
                .filter(t -> t.contains("terrorism") && !t.contains("armies")).collect(Collectors.toSet());
        assertThat(expected, hasSize(2));
        List<Map<String, Object>> found = filtered(Map.of("matching", "terrorism -armies"));
        List<String> texts = found.stream().map(s -> (String) s.get("text")).toList();
        assertThat("no result may contain the excluded word", texts, everyItem(not(containsString("armies"))));
        assertThat("every result contains the word searched for", texts, everyItem(containsString("terrorism")));
        assertThat(new HashSet<>(texts), equalTo(expected));
        assertThat(texts, hasItem(startsWith(verbatim(D004, "It is a great honour for me to be in Moscow today"))));
    }

    @Test
    void leaderAndTopicStatementsAgreeWithTheFilters() {
        JsonPath json = query("""
                query($abuQasra: ID!, $maher: ID!, $sanctions: ID!) {
                  abuQasra: node(id: $abuQasra) { ... on Leader { statements(first: 10) { totalCount edges { node { text } } } } }
                  maher: node(id: $maher) { ... on Leader { statements(first: 10) { totalCount } } }
                  sanctions: node(id: $sanctions) { ... on Topic { statements(first: 10) { edges { node { speaker { name } text } } } } }
                }""", Map.of("abuQasra", leader("murhaf-abu-qasra"), "maher", leader("maher-al-sharaa"), "sanctions",
                topic("sanctions")));
        assertThat(json.getInt("data.abuQasra.statements.totalCount"), equalTo(1));
        assertThat(json.getString("data.abuQasra.statements.edges[0].node.text"), containsString("naval and air bases"));
        assertThat("the documents report no words of Maher al-Sharaa", json.getInt("data.maher.statements.totalCount"),
                equalTo(0));
        assertThat(json.getList("data.sanctions.statements.edges.node.speaker.name"), contains("Bashar al-Assad"));
        assertThat(Objects.requireNonNull(json.getString("data.sanctions.statements.edges[0].node.text")),
                startsWith(verbatim(D004, "Some countries have imposed sanctions on the Syrian people")));
    }
}
