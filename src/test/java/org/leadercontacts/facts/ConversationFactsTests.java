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
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leadercontacts.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What the five documents say about each conversation, read back over HTTP. */
@QuarkusTest
class ConversationFactsTests {

    static final String DETAIL = """
            query($id: ID!) { node(id: $id) { id ... on Conversation {
              title kind date datePrecision dateDisputed place outlet
              initiator { id name }
              participants { role leader { id name } }
              topics { slug name }
              evidence { fact value source { start end text document { fileName } } }
              sources {
                reportedDate reportedDateText dateNote
                dateSource { start end text document { fileName } }
                document { fileName publisher publishedOn publishedText }
                excerpt { start end text document { fileName } }
              }
              statements(first: 100) { totalCount }
            } } }""";

    static final String LIST = """
            query($filter: ConversationFilter, $order: ConversationOrder) {
              conversations(first: 100, filter: $filter, orderBy: $order) {
                totalCount edges { node { id date title kind } } } }""";

    static final String N = "data.node.";

    private static JsonPath detail(String slug) {
        JsonPath json = query(DETAIL, Map.of("id", conversation(slug)));
        assertThat("conversation " + slug + " exists", json.get("data.node"), notNullValue());
        assertThat(json.getString(N + "id"), equalTo(conversation(slug)));
        return json;
    }

    private static String source(String fileSlug) {
        return N + "sources.find { it.document.fileName == '" + fileSlug + ".txt' }.";
    }

    private static JsonPath list(Map<String, Object> filter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        return query(LIST, variables);
    }

    private static List<String> ids(JsonPath json) {
        return json.getList("data.conversations.edges.node.id");
    }

    // ---------------------------------------------------------------- the whole timeline

    @Test
    void theDocumentsReportSixConversations() {
        JsonPath json = query(LIST, Map.of());
        assertThat(json.getInt("data.conversations.totalCount"), equalTo(6));
        assertThat(ids(json), contains(conversation(MEETING_2021), conversation(CALL_2022), conversation(AL_ARABIYA),
                conversation(DELEGATION), conversation(WASHINGTON_POST), conversation(CALL_2025)));
        assertThat(json.getList("data.conversations.edges.node.date"),
                contains("2021-09-13", "2022-02-25", "2024-12", "2025-01", "2025-02", "2025-02-12"));
        assertThat(json.getList("data.conversations.edges.node.kind"),
                contains("MEETING", "PHONE_CALL", "INTERVIEW", "MEETING", "INTERVIEW", "PHONE_CALL"));
    }

    @Test
    void newestFirstIsTheReverseOfOldestFirst() {
        List<String> ascending = ids(query(LIST, Map.of("order", "DATE_ASC")));
        JsonPath descendingJson = query(LIST, Map.of("order", "DATE_DESC"));
        List<String> descending = new ArrayList<>(ids(descendingJson));
        assertThat(descendingJson.getString("data.conversations.edges[0].node.date"), equalTo("2025-02-12"));
        assertThat(descendingJson.getString("data.conversations.edges[5].node.date"), equalTo("2021-09-13"));
        assertThat(descending, hasSize(6));
        java.util.Collections.reverse(descending);
        assertThat(descending, equalTo(ascending));
    }

    @Test
    void everyEvidenceExcerptAndDateSpanIsVerbatimInItsDocument() {
        int checked = 0;
        for (String slug : List.of(MEETING_2021, CALL_2022, CALL_2025, DELEGATION, AL_ARABIYA, WASHINGTON_POST)) {
            JsonPath json = detail(slug);
            List<Map<String, Object>> spans = new ArrayList<>();
            for (Map<String, Object> evidence : json.<Map<String, Object>>getList(N + "evidence")) {
                spans.add(cast(evidence.get("source")));
            }
            for (Map<String, Object> source : json.<Map<String, Object>>getList(N + "sources")) {
                spans.add(cast(source.get("excerpt")));
                if (source.get("dateSource") != null) {
                    spans.add(cast(source.get("dateSource")));
                }
            }
            for (Map<String, Object> span : spans) {
                String file = (String) cast(span.get("document")).get("fileName");
                String text = Sources.text(file.replace(".txt", ""));
                int start = (Integer) span.get("start");
                int end = (Integer) span.get("end");
                assertThat(slug + " span in " + file, text.substring(start, end), equalTo(span.get("text")));
                checked++;
            }
        }
        assertThat("spans checked", checked > 100, is(true));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    // ---------------------------------------------------------------- 2021-09-13 meeting in the Kremlin

    @Test
    void meeting2021WasTheDayBeforeThePageDate() {
        verbatim(D004, "September 14, 2021, The Kremlin, Moscow\n\nYesterday Vladimir Putin had a meeting at the Kremlin");

        JsonPath json = detail(MEETING_2021);
        assertThat(json.getString(N + "kind"), equalTo("MEETING"));
        assertThat(json.getString(N + "date"), equalTo("2021-09-13"));
        assertThat(json.getString(N + "datePrecision"), equalTo("DAY"));
        assertThat(json.getBoolean(N + "dateDisputed"), is(false));
        assertThat(json.getList(N + "sources"), hasSize(1));
        String s = source(D004);
        assertThat(json.getString(s + "reportedDate"), equalTo("2021-09-13"));
        assertThat(json.getString(s + "reportedDateText"), equalTo("Yesterday"));
        assertThat(json.getString(s + "dateSource.text"), equalTo("Yesterday"));
        assertThat(json.getString(s + "document.publishedOn"), equalTo("2021-09-14"));
        assertThat(json.getString(s + "document.publisher"), equalTo("President of Russia"));
        assertThat(json.getString(s + "excerpt.text"), containsString(verbatim(D004, "Yesterday Vladimir Putin had a "
                + "meeting at the Kremlin with President of the Syrian Arab Republic Bashar al-Assad")));
        assertThat(json.getString(N + "evidence.find { it.fact == 'DATE' }.value"), equalTo("2021-09-13"));
        assertThat(json.getString(N + "evidence.find { it.fact == 'DATE' }.source.text"), equalTo("Yesterday"));
    }

    @Test
    void meeting2021TookPlaceInTheKremlinWithPutinHostingAssad() {
        verbatim(D004, "who is currently in Russia on a visit");
        JsonPath json = detail(MEETING_2021);
        assertThat(json.getString(N + "place"), equalTo("The Kremlin, Moscow"));
        assertThat(json.getString(N + "evidence.find { it.fact == 'PLACE' }.source.text"),
                equalTo(verbatim(D004, "at the Kremlin")));
        assertThat(json.getList(N + "participants"), hasSize(2));
        assertThat(json.getString(N + "participants.find { it.leader.name == 'Vladimir Putin' }.role"),
                equalTo("HOST"));
        assertThat(json.getString(N + "participants.find { it.leader.name == 'Bashar al-Assad' }.role"),
                equalTo("GUEST"));
        assertThat(json.getList(N + "participants.leader.id"),
                containsInAnyOrder(leader("vladimir-putin"), leader("bashar-al-assad")));
        assertThat(json.getString(N + "outlet"), nullValue());
        assertThat(json.getString(N + "initiator"), nullValue());
    }

    @Test
    void meeting2021Topics() {
        JsonPath json = detail(MEETING_2021);
        assertThat(json.getList(N + "topics.slug"), containsInAnyOrder("diplomatic-contacts", "syrian-elections",
                "syrian-political-process", "counter-terrorism", "syria-sovereignty", "foreign-forces", "refugees",
                "humanitarian-aid", "trade-economy", "covid-19", "sanctions", "bilateral-relations"));
        assertThat(json.getString(N + "evidence.find { it.fact == 'TOPIC' && it.value == 'COVID-19' }.source.text"),
                equalTo(verbatim(D004, "The first batches of Sputnik V and Sputnik Light have been delivered to Syria")));
        assertThat(json.getString(N + "evidence.find { it.fact == 'TOPIC' && it.value == 'Sanctions' }.source.text"),
                equalTo(verbatim(D004, "Some countries have imposed sanctions on the Syrian people")));
        assertThat(json.getInt(N + "statements.totalCount"), equalTo(22));
    }

    // ---------------------------------------------------------------- 2022-02-25 phone call

    @Test
    void call2022WasInitiatedByAssad() {
        verbatim(D000, "Vladimir Putin had a telephone conversation with President of the Syrian Arab Republic "
                + "Bashar al-Assad, at the initiative of the Syrian side.");
        JsonPath json = detail(CALL_2022);
        assertThat(json.getString(N + "kind"), equalTo("PHONE_CALL"));
        assertThat(json.getString(N + "date"), equalTo("2022-02-25"));
        assertThat(json.getString(N + "datePrecision"), equalTo("DAY"));
        assertThat(json.getString(N + "initiator.name"), equalTo("Bashar al-Assad"));
        assertThat(json.getString(N + "initiator.id"), equalTo(leader("bashar-al-assad")));
        assertThat(json.getString(N + "evidence.find { it.fact == 'INITIATOR' }.value"), equalTo("Bashar al-Assad"));
        assertThat(json.getString(N + "evidence.find { it.fact == 'INITIATOR' }.source.text"),
                equalTo(verbatim(D000, "at the initiative of the Syrian side")));
        assertThat(json.getList(N + "participants.leader.name"),
                containsInAnyOrder("Vladimir Putin", "Bashar al-Assad"));
        assertThat(json.getString(N + "place"), nullValue());
    }

    @Test
    void call2022IsReportedByTheKremlinPageOfThatDay() {
        JsonPath json = detail(CALL_2022);
        assertThat(json.getList(N + "sources"), hasSize(1));
        String s = source(D000);
        assertThat(json.getString(s + "document.publisher"), equalTo("President of Russia"));
        assertThat(json.getString(s + "document.publishedOn"), equalTo("2022-02-25"));
        assertThat(json.getString(s + "reportedDate"), equalTo("2022-02-25"));
        assertThat(json.getString(s + "reportedDateText"), equalTo("February 25, 2022"));
        assertThat(json.getInt(N + "statements.totalCount"), equalTo(5));
    }

    @Test
    void call2022Topics() {
        JsonPath json = detail(CALL_2022);
        assertThat(json.getList(N + "topics.slug"), containsInAnyOrder("special-military-operation", "us-nato-policy",
                "syrian-political-process", "syria-sovereignty", "bilateral-relations", "trade-economy",
                "diplomatic-contacts"));
        assertThat(json.getString(N + "evidence.find { it.value == 'Special military operation' }.source.text"),
                equalTo(verbatim(D000, "Russia's special military operation to protect the civilian population of "
                        + "the Donbass republics")));
        assertThat(json.getString(N + "evidence.find { it.value == 'Syrian political process' }.source.text"),
                equalTo(verbatim(D000, "promoting the political process within the Astana format")));
    }

    // ---------------------------------------------------------------- 12 February 2025 phone call

    @Test
    void call2025IsOneConversationReportedByThreeOutlets() {
        JsonPath json = detail(CALL_2025);
        assertThat(json.getString(N + "kind"), equalTo("PHONE_CALL"));
        assertThat(json.getString(N + "date"), equalTo("2025-02-12"));
        assertThat(json.getString(N + "datePrecision"), equalTo("DAY"));
        assertThat("Thanh Nien and TASS both give February 12", json.getBoolean(N + "dateDisputed"), is(false));
        assertThat(json.getList(N + "sources"), hasSize(3));
        assertThat(json.getList(N + "sources.document.publisher"),
                containsInAnyOrder("Thanh Nien", "TASS", "Chattythat"));
        assertThat(json.getList(N + "sources.document.fileName"),
                containsInAnyOrder(D001 + ".txt", D002 + ".txt", D003 + ".txt"));

        JsonPath february = list(Map.of("kind", "PHONE_CALL", "from", "2025-02-01", "to", "2025-02-28"));
        assertThat("one phone call in February 2025, not one per report",
                ids(february), contains(conversation(CALL_2025)));
    }

    @Test
    void thanhNienDatesTheCallOnFebruary12() {
        assertThat(Sources.text(D001), containsString("On February 12, Russian President Vladimir Putin had his first "
                + "phone call"));
        JsonPath json = detail(CALL_2025);
        String s = source(D001);
        assertThat(json.getString(s + "document.publisher"), equalTo("Thanh Nien"));
        assertThat(json.getString(s + "reportedDate"), equalTo("2025-02-12"));
        assertThat(json.getString(s + "reportedDateText"), equalTo("On February 12"));
        assertThat(json.getString(s + "dateSource.text"), equalTo("On February 12"));
        assertThat("the Thanh Nien copy prints no publication date", json.getString(s + "document.publishedOn"),
                nullValue());
    }

    @Test
    void tassDatelineIsFebruary12ButItsPageIsDatedFebruary13() {
        String doc = Sources.text(D002);
        assertThat(doc, containsString(" date 2025-02-13 "));
        assertThat(doc, containsString("MOSCOW, February 12. /TASS/."));
        JsonPath json = detail(CALL_2025);
        String s = source(D002);
        assertThat(json.getString(s + "document.publisher"), equalTo("TASS"));
        assertThat(json.getString(s + "document.publishedOn"), equalTo("2025-02-13"));
        assertThat(json.getString(s + "reportedDate"), equalTo("2025-02-12"));
        assertThat(json.getString(s + "reportedDateText"), equalTo("MOSCOW, February 12"));
        assertThat(json.getString(s + "dateSource.text"), equalTo("MOSCOW, February 12"));
        assertThat("the conversation takes the dateline, not the page date", json.getString(N + "date"),
                equalTo("2025-02-12"));
    }

    @Test
    void chattythatSaysOnlyOnWednesday() {
        verbatim(D003, "the Kremlin announced on Wednesday");
        assertThat(Sources.text(D003), not(containsString("February 12")));
        JsonPath json = detail(CALL_2025);
        String s = source(D003);
        assertThat(json.getString(s + "document.publisher"), equalTo("Chattythat"));
        assertThat(json.getString(s + "reportedDate"), nullValue());
        assertThat(json.getString(s + "reportedDateText"), equalTo("on Wednesday"));
        assertThat(json.getString(s + "document.publishedOn"), nullValue());
        assertThat(json.getString(s + "document.publishedText"), equalTo("4 hours ago"));
    }

    @Test
    void call2025WasBetweenPutinAndAhmedAlSharaaNotMaher() {
        JsonPath json = detail(CALL_2025);
        assertThat(json.getList(N + "participants.leader.id"),
                containsInAnyOrder(leader("vladimir-putin"), leader("ahmed-al-sharaa")));
        assertThat(json.getList(N + "participants.leader.name"), not(hasItem("Maher al-Sharaa")));
        assertThat(json.getList(N + "participants.role"), everyItem(equalTo("PARTICIPANT")));
        assertThat(json.getString(N + "initiator"), nullValue());
        assertThat(json.getString(N + "place"), nullValue());
        List<String> participantEvidence = json.getList(N + "evidence.findAll { it.fact == 'PARTICIPANT' }.value");
        assertThat(new HashSet<>(participantEvidence), equalTo(new HashSet<>(List.of("Vladimir Putin",
                "Ahmed al-Sharaa"))));
        assertThat("every outlet names both", participantEvidence, hasSize(6));
    }

    @Test
    void call2025Topics() {
        JsonPath json = detail(CALL_2025);
        assertThat(json.getList(N + "topics.slug"), containsInAnyOrder("syria-sovereignty", "syrian-political-process",
                "humanitarian-aid", "bilateral-relations", "trade-economy", "education", "syria-transition",
                "diplomatic-contacts"));
        assertThat(json.getList(N + "topics.slug"), not(hasItem("military-bases")));
        assertThat(json.getList(N + "evidence.findAll { it.fact == 'TOPIC' && it.value == 'Education' }.source.text"),
                containsInAnyOrder("discussed trade, economy and education",
                        "cooperation in trade, economic, educational and other fields", "trade, economy and education"));
        assertThat("9 from Thanh Nien, 8 from TASS, 6 from Chattythat", json.getInt(N + "statements.totalCount"),
                equalTo(23));
    }

    // ---------------------------------------------------------------- the Russian delegation's visit

    @Test
    void delegationVisitedDamascusInJanuary2025() {
        String chattythat = Sources.text(D003);
        assertThat(chattythat, containsString("Deputy Foreign Minister Mikhail Bogdanov, who led the Russian delegation "
                + "last month"));
        assertThat(Sources.text(D002), containsString("a Russian inter-agency delegation held in Damascus recently"));
        JsonPath json = detail(DELEGATION);
        assertThat(json.getString(N + "kind"), equalTo("MEETING"));
        assertThat(json.getString(N + "date"), equalTo("2025-01"));
        assertThat(json.getString(N + "datePrecision"), equalTo("MONTH"));
        assertThat(json.getBoolean(N + "dateDisputed"), is(false));
        assertThat("TASS is the most specific", json.getString(N + "place"), equalTo("Damascus"));
        assertThat(json.getList(N + "evidence.findAll { it.fact == 'PLACE' }.value"),
                containsInAnyOrder("Syria", "Damascus", "Syria"));
        assertThat(json.getString(source(D003) + "reportedDate"), equalTo("2025-01"));
        assertThat(json.getString(source(D003) + "reportedDateText"), equalTo("last month"));
        assertThat(json.getString(source(D002) + "reportedDate"), nullValue());
        assertThat(json.getString(source(D002) + "reportedDateText"), equalTo("recently"));
        assertThat(json.getString(source(D001) + "reportedDate"), nullValue());
    }

    @Test
    void delegationIsReportedByThreeDocuments() {
        JsonPath json = detail(DELEGATION);
        assertThat(json.getList(N + "sources"), hasSize(3));
        assertThat(json.getList(N + "sources.document.publisher"),
                containsInAnyOrder("Thanh Nien", "TASS", "Chattythat"));
        assertThat(json.getString(source(D001) + "excerpt.text"),
                equalTo("The call followed Russia’s first diplomatic visit to Syria since the country’s leadership "
                        + "changed in December 2024."));
        assertThat(json.getString(source(D002) + "excerpt.text"),
                equalTo("the talks that a Russian inter-agency delegation held in Damascus recently"));
        assertThat(json.getString(source(D003) + "excerpt.text"), containsString("During the visit, Bogdanov met with "
                + "al-Sharaa, Syrian Foreign Minister Asaad al-Shaibani, Health Minister Maher al-Sharaa"));
    }

    @Test
    void bogdanovLedTheDelegationAndMetThreeDistinctSyrians() {
        JsonPath json = detail(DELEGATION);
        assertThat(json.getList(N + "participants"), hasSize(4));
        assertThat(json.getString(N + "participants.find { it.leader.name == 'Mikhail Bogdanov' }.role"),
                equalTo("DELEGATION_HEAD"));
        assertThat(json.getList(N + "participants.leader.id"), containsInAnyOrder(leader("mikhail-bogdanov"),
                leader("ahmed-al-sharaa"), leader("asaad-al-shaibani"), leader("maher-al-sharaa")));
        assertThat(json.getList(N + "participants.leader.name"), containsInAnyOrder("Mikhail Bogdanov",
                "Ahmed al-Sharaa", "Asaad al-Shaibani", "Maher al-Sharaa"));
        assertThat(new HashSet<>(json.<String>getList(N + "participants.leader.id")), hasSize(4));
        assertThat(json.getList(N + "participants.findAll { it.leader.name != 'Mikhail Bogdanov' }.role"),
                everyItem(equalTo("PARTICIPANT")));
        assertThat(json.getList(N + "topics.slug"),
                containsInAnyOrder("diplomatic-contacts", "bilateral-relations", "syria-transition"));
        assertThat(json.getInt(N + "statements.totalCount"), equalTo(1));
    }

    // ---------------------------------------------------------------- the two interviews

    @Test
    void alSharaaGaveAlArabiyaNewsAnInterviewInDecember2024() {
        assertThat(Sources.text(D003), containsString("In December, al-Sharaa told Al Arabiya News that the two nations "
                + "share “strategic interests.”"));
        JsonPath json = detail(AL_ARABIYA);
        assertThat(json.getString(N + "kind"), equalTo("INTERVIEW"));
        assertThat(json.getString(N + "outlet"), equalTo("Al Arabiya News"));
        assertThat(json.getString(N + "date"), equalTo("2024-12"));
        assertThat(json.getString(N + "datePrecision"), equalTo("MONTH"));
        assertThat(json.getList(N + "participants"), hasSize(1));
        assertThat(json.getString(N + "participants[0].leader.id"), equalTo(leader("ahmed-al-sharaa")));
        assertThat(json.getString(N + "participants[0].role"), equalTo("INTERVIEWEE"));
        assertThat(json.getList(N + "sources.document.publisher"), contains("Chattythat"));
        assertThat(json.getString(source(D003) + "reportedDateText"), equalTo("In December"));
        assertThat(json.getList(N + "topics.slug"), contains("bilateral-relations"));
        assertThat(json.getInt(N + "statements.totalCount"), equalTo(2));
    }

    @Test
    void abuQasraGaveTheWashingtonPostAnInterviewInFebruary2025() {
        assertThat(Sources.text(D003), containsString("Earlier in February, Syrian Defense Minister Murhaf Abu Qasra told "
                + "The Washington Post"));
        JsonPath json = detail(WASHINGTON_POST);
        assertThat(json.getString(N + "kind"), equalTo("INTERVIEW"));
        assertThat(json.getString(N + "outlet"), equalTo("The Washington Post"));
        assertThat(json.getString(N + "evidence.find { it.fact == 'OUTLET' }.source.text"),
                equalTo("The Washington Post"));
        assertThat(json.getString(N + "date"), equalTo("2025-02"));
        assertThat(json.getString(N + "datePrecision"), equalTo("MONTH"));
        assertThat(json.getList(N + "participants"), hasSize(1));
        assertThat(json.getString(N + "participants[0].leader.name"), equalTo("Murhaf Abu Qasra"));
        assertThat(json.getString(N + "participants[0].role"), equalTo("INTERVIEWEE"));
        assertThat(json.getString(source(D003) + "reportedDateText"), equalTo("Earlier in February"));
        assertThat(json.getList(N + "topics.slug"), contains("military-bases"));
    }

    // ---------------------------------------------------------------- filters

    @Test
    void filterByParticipant() {
        assertThat(ids(list(Map.of("participant", leader("vladimir-putin")))),
                contains(conversation(MEETING_2021), conversation(CALL_2022), conversation(CALL_2025)));
        assertThat(ids(list(Map.of("participant", leader("ahmed-al-sharaa")))),
                contains(conversation(AL_ARABIYA), conversation(DELEGATION), conversation(CALL_2025)));
        assertThat(ids(list(Map.of("participant", leader("maher-al-sharaa")))), contains(conversation(DELEGATION)));
        assertThat(ids(list(Map.of("participant", leader("bashar-al-assad")))),
                contains(conversation(MEETING_2021), conversation(CALL_2022)));
        assertThat(ids(list(Map.of("participant", leader("murhaf-abu-qasra")))),
                contains(conversation(WASHINGTON_POST)));
    }

    @Test
    void filterBetweenTwoLeaders() {
        assertThat(ids(list(Map.of("between", List.of(leader("vladimir-putin"), leader("bashar-al-assad"))))),
                contains(conversation(MEETING_2021), conversation(CALL_2022)));
        assertThat(ids(list(Map.of("between", List.of(leader("vladimir-putin"), leader("ahmed-al-sharaa"))))),
                contains(conversation(CALL_2025)));
        assertThat(ids(list(Map.of("between", List.of(leader("mikhail-bogdanov"), leader("maher-al-sharaa"))))),
                contains(conversation(DELEGATION)));
        assertThat("Putin and Bogdanov never took part in the same conversation",
                ids(list(Map.of("between", List.of(leader("vladimir-putin"), leader("mikhail-bogdanov"))))),
                empty());
    }

    @Test
    void filterByTopic() {
        assertThat(ids(list(Map.of("topic", topic("military-bases")))), contains(conversation(WASHINGTON_POST)));
        assertThat(ids(list(Map.of("topic", topic("education")))), contains(conversation(CALL_2025)));
        assertThat(ids(list(Map.of("topic", topic("humanitarian-aid")))),
                contains(conversation(MEETING_2021), conversation(CALL_2025)));
        assertThat(ids(list(Map.of("topic", topic("sanctions")))), contains(conversation(MEETING_2021)));
        assertThat(ids(list(Map.of("topic", topic("special-military-operation")))), contains(conversation(CALL_2022)));
    }

    @Test
    void filterByKind() {
        assertThat(ids(list(Map.of("kind", "PHONE_CALL"))), contains(conversation(CALL_2022), conversation(CALL_2025)));
        assertThat(ids(list(Map.of("kind", "MEETING"))), contains(conversation(MEETING_2021), conversation(DELEGATION)));
        assertThat(ids(list(Map.of("kind", "INTERVIEW"))),
                contains(conversation(AL_ARABIYA), conversation(WASHINGTON_POST)));
    }

    @Test
    void filterByDateRange() {
        assertThat(ids(list(Map.of("from", "2022-01-01", "to", "2025-12-31", "kind", "PHONE_CALL"))),
                contains(conversation(CALL_2022), conversation(CALL_2025)));
        assertThat(ids(list(Map.of("to", "2024-12-31"))),
                contains(conversation(MEETING_2021), conversation(CALL_2022), conversation(AL_ARABIYA)));
        assertThat(ids(list(Map.of("from", "2025-01-01"))), contains(conversation(DELEGATION),
                conversation(WASHINGTON_POST), conversation(CALL_2025)));
        assertThat("a month-precise date counts for every day of its month",
                ids(list(Map.of("from", "2025-01-15", "to", "2025-01-20"))), contains(conversation(DELEGATION)));
        assertThat(ids(list(Map.of("from", "2025-02-05", "to", "2025-02-10"))), contains(conversation(WASHINGTON_POST)));
        assertThat(ids(list(Map.of("from", "2021-09-13", "to", "2021-09-13"))), contains(conversation(MEETING_2021)));
        assertThat("the page date of the 2021 meeting is not its date",
                ids(list(Map.of("from", "2021-09-14", "to", "2021-09-14"))), empty());
        assertThat("TASS's page date is not the call's date (only the month-precise interview reaches it)",
                ids(list(Map.of("from", "2025-02-13", "to", "2025-02-13"))), contains(conversation(WASHINGTON_POST)));
    }

    @Test
    void filterByCountryCodeOrName() {
        List<String> russian = List.of(conversation(MEETING_2021), conversation(CALL_2022), conversation(DELEGATION),
                conversation(CALL_2025));
        assertThat(ids(list(Map.of("country", "RU"))), equalTo(russian));
        assertThat(ids(list(Map.of("country", "Russia"))), equalTo(russian));
        assertThat(ids(list(Map.of("country", "SY"))), hasSize(6));
        assertThat(ids(list(Map.of("country", "Syria"))), hasSize(6));
        assertThat(ids(list(Map.of("country", "RU", "kind", "INTERVIEW"))), empty());
    }

    @Test
    void aLeadersAndATopicsConversationsAgreeWithTheFilters() {
        JsonPath json = query("""
                query($putin: ID!, $bases: ID!) {
                  putin: node(id: $putin) { ... on Leader { conversations(first: 10) { totalCount edges { node { id } } } } }
                  bases: node(id: $bases) { ... on Topic { name conversations(first: 10) { edges { node { id } } } } }
                }""", Map.of("putin", leader("vladimir-putin"), "bases", topic("military-bases")));
        assertThat(json.getInt("data.putin.conversations.totalCount"), equalTo(3));
        assertThat(json.getList("data.putin.conversations.edges.node.id"),
                contains(conversation(MEETING_2021), conversation(CALL_2022), conversation(CALL_2025)));
        assertThat(json.getString("data.bases.name"), equalTo("Russian military bases"));
        assertThat(json.getList("data.bases.conversations.edges.node.id"), contains(conversation(WASHINGTON_POST)));
    }

    @Test
    void documentsListTheConversationsTheyReport() {
        JsonPath json = query("""
                query($a: ID!, $b: ID!, $c: ID!) {
                  a: node(id: $a) { ... on SourceDocument { conversations { id } } }
                  b: node(id: $b) { ... on SourceDocument { conversations { id } } }
                  c: node(id: $c) { ... on SourceDocument { conversations { id } } } }""",
                Map.of("a", Sources.document(D000), "b", Sources.document(D003), "c", Sources.document(D004)));
        assertThat(json.getList("data.a.conversations.id"), contains(conversation(CALL_2022)));
        assertThat(json.getList("data.b.conversations.id"), containsInAnyOrder(conversation(AL_ARABIYA),
                conversation(DELEGATION), conversation(WASHINGTON_POST), conversation(CALL_2025)));
        assertThat(json.getList("data.c.conversations.id"), contains(conversation(MEETING_2021)));
    }

    @Test
    void anUnknownConversationIsNotFound() {
        GraphQLClient.graphql(DETAIL, Map.of("id", conversation("putin-al-sharaa-call-2025-02-13"))).statusCode(200)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }
}
