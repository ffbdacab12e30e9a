package org.leadercontacts.facts;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.leadercontacts.facts.Sources.D000;
import static org.leadercontacts.facts.Sources.D001;
import static org.leadercontacts.facts.Sources.D002;
import static org.leadercontacts.facts.Sources.D003;
import static org.leadercontacts.facts.Sources.D004;
import static org.leadercontacts.facts.Sources.query;
import static org.leadercontacts.facts.Sources.verbatim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The five source documents: who published them, when, what they cite, and that they are stored byte for byte. */
@QuarkusTest
class DocumentFactsTests {

    static final List<String> ALL = List.of(D000, D001, D002, D003, D004);

    static final String ONE = """
            query($id: ID!) { node(id: $id) { id ... on SourceDocument {
              fileName publisher title url publishedOn publishedText language length sha256 text
              citations { name source { start end text document { fileName } } }
              statements(first: 1) { totalCount }
            } } }""";

    private static JsonPath one(String slug) {
        JsonPath json = query(ONE, Map.of("id", Sources.document(slug)));
        assertThat(json.getString("data.node.id"), equalTo(Sources.document(slug)));
        assertThat(json.getString("data.node.fileName"), equalTo(slug + ".txt"));
        return json;
    }

    @Test
    void fiveDocumentsInFileNameOrder() {
        JsonPath json = query("{ documents(first: 100) { totalCount edges { node { id fileName } } } }");
        assertThat(json.getInt("data.documents.totalCount"), equalTo(5));
        assertThat(json.getList("data.documents.edges.node.fileName"),
                contains(D000 + ".txt", D001 + ".txt", D002 + ".txt", D003 + ".txt", D004 + ".txt"));
        assertThat(json.getList("data.documents.edges.node.id"), contains(ALL.stream().map(Sources::document)
                .toArray()));
    }

    // ---------------------------------------------------------------- stored verbatim

    @Test
    void textIsTheFileByteForByteAndLengthIsItsLength() {
        for (String slug : ALL) {
            JsonPath json = one(slug);
            String text = json.getString("data.node.text");
            assertThat(slug, text, equalTo(Sources.text(slug)));
            assertThat(slug + " length", json.getInt("data.node.length"), equalTo(text.length()));
            assertThat(slug + " length (UTF-16 code units of the file)", json.getInt("data.node.length"),
                    equalTo(Sources.text(slug).length()));
        }
    }

    @Test
    void sha256IsTheSha256SumsLineAndTheFilesChecksum() throws NoSuchAlgorithmException {
        for (String slug : ALL) {
            JsonPath json = one(slug);
            String served = json.getString("data.node.sha256");
            assertThat(slug, served, equalTo(Sources.sha256Sums(slug)));
            String computed = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Sources.bytes(slug)));
            assertThat(slug, served, equalTo(computed));
            String ofText = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getString("data.node.text").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(slug + " text hashes to sha256", ofText, equalTo(served));
        }
    }

    @Test
    void everyCitationIsVerbatimAndNamesItsSource() {
        for (String slug : ALL) {
            JsonPath json = one(slug);
            String text = Sources.text(slug);
            for (Map<String, Object> citation : json.<Map<String, Object>>getList("data.node.citations")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> span = (Map<String, Object>) citation.get("source");
                assertThat(slug, text.substring((Integer) span.get("start"), (Integer) span.get("end")),
                        equalTo(span.get("text")));
                assertThat(slug, (String) span.get("text"), containsString((String) citation.get("name")));
            }
        }
    }

    // ---------------------------------------------------------------- each document

    @Test
    void kremlinReadoutOfThe2022Call() {
        String text = Sources.text(D000);
        assertThat(text, containsString("Publication date: February 25, 2022, 14:00"));
        assertThat(text, containsString("http://en.kremlin.ru/events/president/news/67852"));
        JsonPath json = one(D000);
        assertThat(json.getString("data.node.publisher"), equalTo("President of Russia"));
        assertThat(json.getString("data.node.title"),
                equalTo(verbatim(D000, "Telephone conversation with President of Syria Bashar al-Assad")));
        assertThat(json.getString("data.node.url"), equalTo("http://en.kremlin.ru/events/president/news/67852"));
        assertThat(json.getString("data.node.publishedOn"), equalTo("2022-02-25"));
        assertThat(json.getString("data.node.publishedText"), equalTo("Publication date: February 25, 2022, 14:00"));
        assertThat(json.getString("data.node.language"), equalTo("en"));
        assertThat("the Kremlin's own page cites nobody", json.getList("data.node.citations"), empty());
        assertThat(json.getInt("data.node.statements.totalCount"), equalTo(5));
    }

    @Test
    void thanhNienReportOfThe2025Call() {
        String url = "https://thanhnien.vn/tong-thong-putin-lan-dau-noi-chuyen-voi-lanh-dao-moi-cua-syria-"
                + "185250213110316652.htm";
        String text = Sources.text(D001);
        assertThat(text, containsString("Source: " + url));
        assertThat(text, startsWith("On February 12, Russian President"));
        JsonPath json = one(D001);
        assertThat(json.getString("data.node.publisher"), equalTo("Thanh Nien"));
        assertThat("the copy has no headline", json.getString("data.node.title"), nullValue());
        assertThat(json.getString("data.node.url"), equalTo(url));
        assertThat("no publication date is printed", json.getString("data.node.publishedOn"), nullValue());
        assertThat(json.getString("data.node.language"), equalTo("en"));
        assertThat(json.getList("data.node.citations.name"),
                containsInAnyOrder("RT", "Kremlin", "Syrian side", "AFP", "Reuters"));
        assertThat(json.getString("data.node.citations.find { it.name == 'RT' }.source.text"),
                equalTo("RT reported on February 13"));
        assertThat(json.getString("data.node.citations.find { it.name == 'AFP' }.source.text"),
                equalTo("according to AFP"));
        assertThat(json.getString("data.node.citations.find { it.name == 'Reuters' }.source.text"),
                equalTo("Reuters reported"));
        assertThat(json.getInt("data.node.statements.totalCount"), equalTo(9));
    }

    @Test
    void tassExplainerOfThe2025Call() {
        String text = Sources.text(D002);
        assertThat(text, startsWith(" date 2025-02-13 Putin, New Syrian Leader Hold First Telephone Conversation"));
        assertThat(text, not(containsString("http")));
        JsonPath json = one(D002);
        assertThat(json.getString("data.node.publisher"), equalTo("TASS"));
        assertThat(json.getString("data.node.title"), equalTo("Putin, New Syrian Leader Hold First Telephone Conversation"));
        assertThat(json.getString("data.node.url"), nullValue());
        assertThat(json.getString("data.node.publishedOn"), equalTo("2025-02-13"));
        assertThat(json.getString("data.node.publishedText"), equalTo("date 2025-02-13"));
        assertThat(json.getList("data.node.citations.name"), contains("Kremlin"));
        assertThat(json.getString("data.node.citations[0].source.text"),
                equalTo("The Kremlin described the conversation"));
        assertThat(json.getInt("data.node.statements.totalCount"), equalTo(8));
    }

    @Test
    void chattythatCopyOfTheKremlinStory() {
        String text = Sources.text(D003);
        assertThat(text, startsWith("Putin talks to new Syrian leadership – Kremlin"));
        assertThat(text, containsString("4 hours ago"));
        assertThat(text, containsString("Chattythat Icon"));
        assertThat(text, not(containsString("http")));
        JsonPath json = one(D003);
        assertThat(json.getString("data.node.publisher"), equalTo("Chattythat"));
        assertThat(json.getString("data.node.title"), equalTo("Putin talks to new Syrian leadership – Kremlin"));
        assertThat(json.getString("data.node.url"), nullValue());
        assertThat("\"4 hours ago\" is no date", json.getString("data.node.publishedOn"), nullValue());
        assertThat(json.getString("data.node.publishedText"), equalTo("4 hours ago"));
        assertThat(json.getList("data.node.citations.name"),
                containsInAnyOrder("Kremlin", "Al Arabiya News", "The Washington Post"));
        assertThat(json.getString("data.node.citations.find { it.name == 'Kremlin' }.source.text"),
                equalTo(verbatim(D003, "the Kremlin announced on Wednesday")));
        assertThat(json.getInt("data.node.statements.totalCount"), equalTo(10));
    }

    @Test
    void kremlinTranscriptOfThe2021Meeting() {
        String text = Sources.text(D004);
        verbatim(D004, "Meeting with President of Syria Bashar al-Assad\n\nSeptember 14, 2021, The Kremlin, Moscow");
        assertThat(text, not(containsString("http")));
        JsonPath json = one(D004);
        assertThat(json.getString("data.node.publisher"), equalTo("President of Russia"));
        assertThat(json.getString("data.node.title"),
                equalTo(verbatim(D004, "Meeting with President of Syria Bashar al-Assad")));
        assertThat("the copy gives no URL", json.getString("data.node.url"), nullValue());
        assertThat(json.getString("data.node.publishedOn"), equalTo("2021-09-14"));
        assertThat(json.getString("data.node.publishedText"),
                equalTo(verbatim(D004, "September 14, 2021, The Kremlin, Moscow")));
        assertThat(json.getList("data.node.citations"), empty());
        assertThat(json.getInt("data.node.statements.totalCount"), equalTo(22));
    }

    @Test
    void titlesAndPublishedTextsAreVerbatim() {
        for (String slug : ALL) {
            JsonPath json = one(slug);
            String text = Sources.text(slug);
            for (String field : List.of("title", "publishedText", "url")) {
                String value = json.getString("data.node." + field);
                if (value != null) {
                    assertThat(slug + " " + field, text, containsString(value));
                }
            }
        }
    }
}
