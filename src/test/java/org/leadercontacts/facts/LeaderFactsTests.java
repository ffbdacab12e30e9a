package org.leadercontacts.facts;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.leadercontacts.facts.Sources.D000;
import static org.leadercontacts.facts.Sources.D001;
import static org.leadercontacts.facts.Sources.D003;
import static org.leadercontacts.facts.Sources.D004;
import static org.leadercontacts.facts.Sources.leader;
import static org.leadercontacts.facts.Sources.query;
import static org.leadercontacts.facts.Sources.verbatim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** One Leader per person, whatever the spelling; their offices, countries and counterparts. */
@QuarkusTest
class LeaderFactsTests {

    static final String LEADER_FIELDS = """
            id name country { code name }
            aliases { text note source { start end text document { fileName } } }
            offices { title from to country { code name } source { start end text document { fileName } } }""";

    static final String LIST = """
            query($filter: LeaderFilter, $order: LeaderOrder) {
              leaders(first: 100, filter: $filter, orderBy: $order) {
                totalCount edges { node { %s } } } }""".formatted(LEADER_FIELDS);

    static final String ONE = """
            query($id: ID!) { node(id: $id) { ... on Leader { %s
              counterparts(first: 100) { totalCount edges { conversationCount firstContact lastContact node { id name } } }
            } } }""".formatted(LEADER_FIELDS);

    private static JsonPath leaders(Map<String, Object> filter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        return query(LIST, variables);
    }

    private static List<String> names(JsonPath json) {
        return json.getList("data.leaders.edges.node.name");
    }

    private static JsonPath one(String slug) {
        JsonPath json = query(ONE, Map.of("id", leader(slug)));
        assertThat(json.getString("data.node.id"), equalTo(leader(slug)));
        return json;
    }

    // ---------------------------------------------------------------- who is in the documents

    @Test
    void theDocumentsNameSevenLeaders() {
        JsonPath json = query(LIST, Map.of());
        assertThat(json.getInt("data.leaders.totalCount"), equalTo(7));
        assertThat(names(json), contains("Ahmed al-Sharaa", "Asaad al-Shaibani", "Bashar al-Assad", "Maher al-Sharaa",
                "Mikhail Bogdanov", "Murhaf Abu Qasra", "Vladimir Putin"));
        assertThat(json.getList("data.leaders.edges.node.id"), contains(leader("ahmed-al-sharaa"),
                leader("asaad-al-shaibani"), leader("bashar-al-assad"), leader("maher-al-sharaa"),
                leader("mikhail-bogdanov"), leader("murhaf-abu-qasra"), leader("vladimir-putin")));
        List<String> descending = new ArrayList<>(names(query(LIST, Map.of("order", "NAME_DESC"))));
        Collections.reverse(descending);
        assertThat(descending, equalTo(names(json)));
    }

    @Test
    void everyAliasAndOfficeIsVerbatimInItsDocument() {
        JsonPath json = query(LIST, Map.of());
        int checked = 0;
        for (Map<String, Object> leader : json.<Map<String, Object>>getList("data.leaders.edges.node")) {
            List<Map<String, Object>> spans = new ArrayList<>();
            for (Map<String, Object> alias : list(leader.get("aliases"))) {
                Map<String, Object> source = map(alias.get("source"));
                assertThat(leader.get("name") + " alias", source.get("text"), equalTo(alias.get("text")));
                spans.add(source);
            }
            for (Map<String, Object> office : list(leader.get("offices"))) {
                spans.add(map(office.get("source")));
            }
            for (Map<String, Object> span : spans) {
                String file = (String) map(span.get("document")).get("fileName");
                String text = Sources.text(file.replace(".txt", ""));
                assertThat(leader.get("name") + " in " + file,
                        text.substring((Integer) span.get("start"), (Integer) span.get("end")), equalTo(span.get("text")));
                checked++;
            }
        }
        assertThat(checked, greaterThan(40));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    // ---------------------------------------------------------------- Bashar al-Assad, however spelt

    @Test
    void everySpellingOfAssadIsAnAliasOfOneLeader() {
        String kremlin2022 = Sources.text(D000);
        assertThat(kremlin2022, containsString("Bashar al-Assad al-Assad Bashar al-Assad Bashar"));
        verbatim(D000, "Persons\n\n  • al-Assad Bashar");
        assertThat(Sources.text(D003), containsString("former President Bashar Assad"));

        JsonPath json = one("bashar-al-assad");
        assertThat(json.getString("data.node.name"), equalTo("Bashar al-Assad"));
        assertThat(json.getList("data.node.aliases.text"), hasItems("Bashar al-Assad",
                "Bashar al-Assad al-Assad Bashar al-Assad Bashar", "Bashar Assad", "al-Assad Bashar"));
        String garbled = "data.node.aliases.find { it.text == 'Bashar al-Assad al-Assad Bashar al-Assad Bashar' }.";
        assertThat(json.getString(garbled + "source.text"), equalTo("Bashar al-Assad al-Assad Bashar al-Assad Bashar"));
        assertThat(json.getString(garbled + "source.document.fileName"), equalTo(D000 + ".txt"));
        assertThat(json.getString(garbled + "note"), containsString("garbled"));
        String short_ = "data.node.aliases.find { it.text == 'Bashar Assad' }.";
        assertThat(json.getString(short_ + "source.text"), equalTo("Bashar Assad"));
        assertThat(json.getString(short_ + "source.document.fileName"), equalTo(D003 + ".txt"));
        String reversed = "data.node.aliases.find { it.text == 'al-Assad Bashar' }.";
        assertThat(json.getString(reversed + "source.text"), equalTo("al-Assad Bashar"));
        assertThat(json.getString(reversed + "source.document.fileName"), equalTo(D000 + ".txt"));
    }

    /**
     * The surname-first form stands on its own in the page's Persons index ("Persons / • al-Assad Bashar"). Elsewhere
     * the same letters only occur inside the garbled name, where they are not a spelling the document uses.
     */
    @Test
    void theSurnameFirstAliasPointsAtThePersonsIndex() {
        String text = Sources.text(D000);
        String index = "Persons\n\n  • ";
        int expectedStart = text.indexOf(index + "al-Assad Bashar") + index.length();
        assertThat(expectedStart, greaterThan(index.length()));
        int garbledStart = text.indexOf("Bashar al-Assad al-Assad Bashar al-Assad Bashar");
        int garbledEnd = garbledStart + "Bashar al-Assad al-Assad Bashar al-Assad Bashar".length();

        JsonPath json = one("bashar-al-assad");
        String reversed = "data.node.aliases.find { it.text == 'al-Assad Bashar' }.";
        assertThat(json.getString(reversed + "note"), containsString("Persons index"));
        int start = json.getInt(reversed + "source.start");
        assertThat("the alias is not a fragment of the garbled name [" + garbledStart + ", " + garbledEnd + ")",
                start >= garbledStart && start < garbledEnd, equalTo(false));
        assertThat("offset of \"al-Assad Bashar\" under Persons", start, equalTo(expectedStart));
    }

    @Test
    void nameFilterAssadFindsExactlyOneLeader() {
        for (String spelling : List.of("Assad", "assad", "Bashar Assad", "al-Assad Bashar",
                "Bashar al-Assad al-Assad Bashar al-Assad Bashar")) {
            JsonPath json = leaders(Map.of("name", spelling));
            assertThat(spelling, json.getInt("data.leaders.totalCount"), equalTo(1));
            assertThat(spelling, json.getList("data.leaders.edges.node.id"), contains(leader("bashar-al-assad")));
        }
    }

    @Test
    void assadWasPresidentOfSyriaUntilDecember2024() {
        JsonPath json = one("bashar-al-assad");
        assertThat(json.getString("data.node.country.code"), equalTo("SY"));
        assertThat(json.getList("data.node.offices.title"), everyItem(equalTo("President of the Syrian Arab Republic")));
        assertThat(json.getList("data.node.offices.source.text"), hasItems(
                verbatim(D000, "President of the Syrian Arab Republic Bashar al-Assad"),
                verbatim(D004, "President of the Syrian Arab Republic Bashar al-Assad"),
                verbatim(D001, "former President Bashar al-Assad's government"),
                verbatim(D003, "forcing former President Bashar Assad to flee the country")));
        assertThat(json.getString("data.node.offices.find { it.source.text == \"former President Bashar al-Assad's "
                + "government\" }.to"), equalTo("2024-12"));
        assertThat(json.getString("data.node.offices.find { it.source.text == 'forcing former President Bashar Assad "
                + "to flee the country' }.to"), equalTo("2024-12"));
    }

    // ---------------------------------------------------------------- the two al-Sharaas

    @Test
    void alSharaaIsTwoDifferentPeople() {
        String chattythat = Sources.text(D003);
        assertThat(chattythat, containsString("Bogdanov met with al-Sharaa, Syrian Foreign Minister Asaad al-Shaibani, "
                + "Health Minister Maher al-Sharaa"));
        JsonPath json = leaders(Map.of("name", "al-Sharaa"));
        assertThat(json.getInt("data.leaders.totalCount"), equalTo(2));
        assertThat(names(json), contains("Ahmed al-Sharaa", "Maher al-Sharaa"));
        assertThat(json.getList("data.leaders.edges.node.id"),
                contains(leader("ahmed-al-sharaa"), leader("maher-al-sharaa")));
        String ahmed = "data.leaders.edges.find { it.node.name == 'Ahmed al-Sharaa' }.node.";
        String maher = "data.leaders.edges.find { it.node.name == 'Maher al-Sharaa' }.node.";
        assertThat(json.getList(maher + "offices.title"), contains("Health Minister"));
        assertThat(json.getString(maher + "offices[0].source.text"), equalTo("Health Minister Maher al-Sharaa"));
        assertThat(json.getString(maher + "offices[0].country.code"), equalTo("SY"));
        assertThat(json.getList(ahmed + "offices.title"), not(hasItem("Health Minister")));
        assertThat(json.getList(maher + "aliases.text"), not(hasItem("Ahmed Hussein al-Sharaa")));
        assertThat(json.getList(ahmed + "aliases.text"), not(hasItem("Maher al-Sharaa")));
    }

    @Test
    void ahmedAlSharaaLeadsSyria() {
        assertThat(Sources.text(D003), containsString("became Syria’s de facto leader in December 2024"));
        JsonPath json = one("ahmed-al-sharaa");
        assertThat(json.getString("data.node.country.name"), equalTo("Syria"));
        assertThat(json.getList("data.node.offices.title"), containsInAnyOrder("head of the Syrian government",
                "leader of Syria", "head of the Syrian administration", "de facto leader of Syria"));
        String deFacto = "data.node.offices.find { it.title == 'de facto leader of Syria' }.";
        assertThat(json.getString(deFacto + "from"), equalTo("2024-12"));
        assertThat(json.getString(deFacto + "to"), nullValue());
        assertThat(json.getString(deFacto + "source.text"), equalTo("became Syria’s de facto leader in December 2024"));
        assertThat(json.getList("data.node.aliases.text"),
                hasItems("Ahmed Hussein al-Sharaa", "Ahmed al-Sharaa", "Mr. Ahmed", "Abu Mohammad al-Julani"));
    }

    @Test
    void julaniIsAhmedAlSharaasNomDeGuerre() {
        assertThat(Sources.text(D003), containsString("Al-Sharaa, also known by his nom de guerre Abu Mohammad "
                + "al-Julani"));
        JsonPath json = leaders(Map.of("name", "Julani"));
        assertThat(json.getInt("data.leaders.totalCount"), equalTo(1));
        assertThat(names(json), contains("Ahmed al-Sharaa"));
        String alias = "data.leaders.edges[0].node.aliases.find { it.text == 'Abu Mohammad al-Julani' }.";
        assertThat(json.getString(alias + "note"), equalTo("nom de guerre"));
        assertThat(json.getString(alias + "source.document.fileName"), equalTo(D003 + ".txt"));
        assertThat(names(leaders(Map.of("name", "Mr. Ahmed"))), contains("Ahmed al-Sharaa"));
    }

    // ---------------------------------------------------------------- offices

    @Test
    void bogdanovIsRussiasDeputyForeignMinister() {
        assertThat(Sources.text(D003), containsString("Deputy Foreign Minister Mikhail Bogdanov"));
        JsonPath json = one("mikhail-bogdanov");
        assertThat(json.getString("data.node.name"), equalTo("Mikhail Bogdanov"));
        assertThat(json.getString("data.node.country.code"), equalTo("RU"));
        assertThat(json.getString("data.node.country.name"), equalTo("Russia"));
        assertThat(json.getList("data.node.offices"), hasSize(1));
        assertThat(json.getString("data.node.offices[0].title"), equalTo("Deputy Foreign Minister"));
        assertThat(json.getString("data.node.offices[0].country.name"), equalTo("Russia"));
        assertThat(json.getString("data.node.offices[0].source.text"), equalTo("Deputy Foreign Minister Mikhail Bogdanov"));
        assertThat(json.getList("data.node.aliases.text"), containsInAnyOrder("Mikhail Bogdanov", "Bogdanov"));
    }

    @Test
    void abuQasraIsSyriasDefenseMinister() {
        JsonPath json = one("murhaf-abu-qasra");
        assertThat(json.getString("data.node.country.code"), equalTo("SY"));
        assertThat(json.getList("data.node.offices.title"), contains("Defense Minister"));
        assertThat(json.getString("data.node.offices[0].country.code"), equalTo("SY"));
        assertThat(json.getString("data.node.offices[0].source.text"), equalTo("Syrian Defense Minister Murhaf Abu Qasra"));
        assertThat(json.getString("data.node.offices[0].source.document.fileName"), equalTo(D003 + ".txt"));
    }

    @Test
    void alShaibaniIsSyriasForeignMinisterInTwoDocuments() {
        JsonPath json = one("asaad-al-shaibani");
        assertThat(json.getString("data.node.country.code"), equalTo("SY"));
        assertThat(json.getList("data.node.offices.title"), contains("Foreign Minister", "Foreign Minister"));
        assertThat(json.getList("data.node.offices.source.text"),
                containsInAnyOrder("Foreign Minister Asaad al-Shaibani", "Syrian Foreign Minister Asaad al-Shaibani"));
        assertThat(json.getList("data.node.offices.source.document.fileName"),
                containsInAnyOrder(D001 + ".txt", D003 + ".txt"));
    }

    @Test
    void putinIsPresidentOfRussia() {
        JsonPath json = one("vladimir-putin");
        assertThat(json.getString("data.node.country.code"), equalTo("RU"));
        assertThat(json.getList("data.node.offices.title"), everyItem(equalTo("President of Russia")));
        assertThat(json.getList("data.node.offices.source.text"),
                hasItems(verbatim(D001, "Russian President Vladimir Putin"),
                        verbatim(D004, "President of Russia Vladimir Putin")));
        assertThat(json.getList("data.node.aliases.text"), hasItems("Vladimir Putin", "Mr. Putin", "President Putin"));
    }

    // ---------------------------------------------------------------- countries

    @Test
    void countryFilterByCodeOrName() {
        List<String> syrians = List.of("Ahmed al-Sharaa", "Asaad al-Shaibani", "Bashar al-Assad", "Maher al-Sharaa",
                "Murhaf Abu Qasra");
        assertThat(names(leaders(Map.of("country", "SY"))), equalTo(syrians));
        assertThat(names(leaders(Map.of("country", "Syria"))), equalTo(syrians));
        assertThat(names(leaders(Map.of("country", "RU"))), contains("Mikhail Bogdanov", "Vladimir Putin"));
        assertThat(names(leaders(Map.of("country", "Russia"))), contains("Mikhail Bogdanov", "Vladimir Putin"));
        assertThat(leaders(Map.of("country", "SY")).getList("data.leaders.edges.node.country.name"),
                everyItem(equalTo("Syria")));
        assertThat(names(leaders(Map.of("country", "SY", "name", "Putin"))), empty());
        assertThat(names(leaders(Map.of("country", "RU", "name", "Putin"))), contains("Vladimir Putin"));
    }

    // ---------------------------------------------------------------- counterparts

    @Test
    void putinsCounterpartsMostRecentFirst() {
        JsonPath json = one("vladimir-putin");
        String c = "data.node.counterparts.";
        assertThat(json.getInt(c + "totalCount"), equalTo(2));
        assertThat(json.getList(c + "edges.node.id"), contains(leader("ahmed-al-sharaa"), leader("bashar-al-assad")));
        assertThat(json.getInt(c + "edges[0].conversationCount"), equalTo(1));
        assertThat(json.getString(c + "edges[0].firstContact"), equalTo("2025-02-12"));
        assertThat(json.getString(c + "edges[0].lastContact"), equalTo("2025-02-12"));
        assertThat(json.getInt(c + "edges[1].conversationCount"), equalTo(2));
        assertThat(json.getString(c + "edges[1].firstContact"), equalTo("2021-09-13"));
        assertThat(json.getString(c + "edges[1].lastContact"), equalTo("2022-02-25"));
    }

    @Test
    void bogdanovsCounterpartsAreTheThreeSyriansHeMet() {
        JsonPath json = one("mikhail-bogdanov");
        String c = "data.node.counterparts.";
        assertThat(json.getInt(c + "totalCount"), equalTo(3));
        assertThat(json.getList(c + "edges.node.name"),
                containsInAnyOrder("Ahmed al-Sharaa", "Asaad al-Shaibani", "Maher al-Sharaa"));
        assertThat(json.getList(c + "edges.conversationCount"), everyItem(equalTo(1)));
        assertThat(json.getList(c + "edges.firstContact"), everyItem(equalTo("2025-01")));
        assertThat(json.getList(c + "edges.lastContact"), everyItem(equalTo("2025-01")));
    }

    @Test
    void ahmedAlSharaasCounterparts() {
        JsonPath json = one("ahmed-al-sharaa");
        String c = "data.node.counterparts.";
        assertThat(json.getInt(c + "totalCount"), equalTo(4));
        assertThat("the call with Putin is his most recent contact", json.getString(c + "edges[0].node.name"),
                equalTo("Vladimir Putin"));
        assertThat(json.getList(c + "edges.node.name"), containsInAnyOrder("Vladimir Putin", "Mikhail Bogdanov",
                "Asaad al-Shaibani", "Maher al-Sharaa"));
        assertThat("an interview has no counterpart", json.getList(c + "edges.node.name"),
                not(hasItem("Murhaf Abu Qasra")));
        assertThat(one("murhaf-abu-qasra").getInt("data.node.counterparts.totalCount"), equalTo(0));
        assertThat(one("maher-al-sharaa").getList("data.node.counterparts.edges.node.name"),
                containsInAnyOrder("Mikhail Bogdanov", "Ahmed al-Sharaa", "Asaad al-Shaibani"));
    }
}
