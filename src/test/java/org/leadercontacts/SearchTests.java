package org.leadercontacts;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.leadercontacts.store.StoreChanged;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SearchTests {

    @Inject
    EntityManager em;

    @Inject
    Event<StoreChanged> changed;

    static final String SEARCH = """
            query($text: String!, $types: [SearchHitType!], $first: Int = 10, $after: String) {
              search(text: $text, types: $types, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor }
                edges { node { type score snippet markedSnippet highlights { start end }
                  source { start end text document { text } }
                  node { id ... on Leader { name } ... on Statement { text speaker { name } } } } } } }""";

    @Test
    void aNomDeGuerreFindsTheLeader() {
        JsonPath result = search(Map.of("text", "Julani", "types", List.of("LEADER")));
        assertEquals(List.of("Ahmed al-Sharaa"), result.getList("edges.node.node.name"));
    }

    @Test
    void highlightsMarkTheSearchedWordsInTheSnippet() {
        JsonPath result = search(Map.of("text", "terrorism", "types", List.of("STATEMENT")));
        List<Map<String, Object>> hits = result.getList("edges.node");
        assertFalse(hits.isEmpty());
        for (Map<String, Object> hit : hits) {
            String snippet = (String) hit.get("snippet");
            List<Map<String, Integer>> highlights = (List<Map<String, Integer>>) hit.get("highlights");
            assertFalse(highlights.isEmpty(), "no highlight in " + snippet);
            for (Map<String, Integer> range : highlights) {
                assertTrue(snippet.substring(range.get("start"), range.get("end")).toLowerCase().startsWith("terror"),
                        snippet);
            }
            assertTrue(((String) hit.get("markedSnippet")).contains("<mark>"));
        }
    }

    @Test
    void aHitsSpanPointsAtItsSnippetInTheDocument() {
        JsonPath result = search(Map.of("text", "Sputnik", "first", 20));
        List<Map<String, Object>> hits = result.getList("edges.node");
        assertEquals(List.of("STATEMENT", "DOCUMENT"), hits.stream().map(h -> h.get("type")).toList());
        for (Map<String, Object> hit : hits) {
            Map<String, Object> source = (Map<String, Object>) hit.get("source");
            String document = (String) ((Map<String, Object>) source.get("document")).get("text");
            assertEquals(hit.get("snippet"), source.get("text"));
            assertEquals(source.get("text"), document.substring((Integer) source.get("start"), (Integer) source.get("end")));
        }
    }

    @Test
    void stemmingMatchesOtherFormsOfAWord() {
        JsonPath result = search(Map.of("text", "sanction", "types", List.of("STATEMENT")));
        assertTrue(result.getString("edges[0].node.snippet").contains("sanctions"));
    }

    @Test
    void typesRestrictTheHits() {
        JsonPath result = search(Map.of("text", "Syria", "types", List.of("DOCUMENT"), "first", 100));
        assertEquals(5, result.getInt("totalCount"));
        assertEquals(List.of("DOCUMENT"), result.getList("edges.node.type").stream().distinct().toList());
    }

    @Test
    void pagesFollowEachOtherWithoutOverlap() {
        List<String> all = search(Map.of("text", "Syria", "first", 30)).getList("edges.node.node.id");
        List<String> walked = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = after == null ? Map.of("text", "Syria", "first", 4)
                    : Map.of("text", "Syria", "first", 4, "after", after);
            JsonPath page = search(variables);
            walked.addAll(page.getList("edges.node.node.id"));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(all, walked);
    }

    @Test
    void aSearchCursorDoesNotCarryOverToAnotherSearch() {
        String cursor = search(Map.of("text", "Syria", "first", 1)).getString("pageInfo.endCursor");
        GraphQLClient.graphql(SEARCH, Map.of("text", "Russia", "after", cursor)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"unbalanced", "+-*|", "al-Sharaa OR 1=1; DROP TABLE statement", "(((", "%_\\", "~~~" })
    void queryMetaCharactersNeverBreakTheSearch(String text) {
        GraphQLClient.graphql(SEARCH, Map.of("text", text)).statusCode(200)
                .body("data.search.totalCount", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = { "%", "_", "\\", "%al%" })
    void likeWildcardsInNameFiltersMatchLiterally(String name) {
        GraphQLClient.graphql("query($name: String) { leaders(filter: {name: $name}) { totalCount } }", Map.of("name", name))
                .statusCode(200).body("errors", equalTo(null)).body("data.leaders.totalCount", equalTo(0));
    }

    @Test
    void statementsFilterByWords() {
        JsonPath result = GraphQLClient.graphql("""
                { statements(filter: {matching: "Sputnik"}) { totalCount edges { node { speaker { name } } } } }""")
                .statusCode(200).body("errors", equalTo(null)).extract().jsonPath();
        assertEquals(1, result.getInt("data.statements.totalCount"));
        assertEquals("Vladimir Putin", result.getString("data.statements.edges[0].node.speaker.name"));
    }

    @Test
    void cursorsWalkHundredsOfHitsAndTheStatementsFilterRefusesTooMany() {
        List<Long> ids = new ArrayList<>();
        for (long i = 0; i < 300; i++) {
            ids.add(1_000_000 + i);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] any = (Object[]) em.createNativeQuery("select conversation_id, document_id, sort_date from statement "
                    + "order by id").setMaxResults(1).getSingleResult();
            for (long id : ids) {
                em.createNativeQuery("insert into statement (id, slug, conversation_id, kind, text, document_id, "
                        + "span_start, span_end, sort_date, version) values (?1, ?2, ?3, 'QUOTE', ?4, ?5, 0, 10, ?6, 0)")
                        .setParameter(1, id).setParameter(2, "synthetic-" + id).setParameter(3, any[0])
                        .setParameter(4, "Synthetic remark " + id + " about zanzibarite" + " and more".repeat((int) (id % 4)))
                        .setParameter(5, any[1]).setParameter(6, any[2]).executeUpdate();
            }
        });
        changed.fire(StoreChanged.statements(ids.toArray(Long[]::new)));
        try {
            List<String> walked = new ArrayList<>();
            String after = null;
            int pages = 0;
            do {
                Map<String, Object> variables = after == null ? Map.of("text", "zanzibarite", "first", 70)
                        : Map.of("text", "zanzibarite", "first", 70, "after", after);
                JsonPath page = search(variables);
                assertEquals(300, page.getInt("totalCount"));
                walked.addAll(page.getList("edges.node.node.id"));
                after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
                pages++;
            } while (after != null);
            assertEquals(5, pages);
            assertEquals(300, walked.size());
            assertEquals(300, walked.stream().distinct().count());

            GraphQLClient.graphql("{ statements(filter: {matching: \"zanzibarite\"}) { totalCount } }").statusCode(200)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", org.hamcrest.Matchers.startsWith(
                            "\"zanzibarite\" matches more than 250 statements"));
            GraphQLClient.graphql("{ statements(filter: {matching: \"zanzibarite 1000007\"}) { totalCount } }")
                    .statusCode(200).body("errors", equalTo(null)).body("data.statements.totalCount", equalTo(1));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from statement where slug like "
                    + "'synthetic-%'").executeUpdate());
            changed.fire(StoreChanged.statements(ids.toArray(Long[]::new)));
        }
        assertEquals(0, search(Map.of("text", "zanzibarite")).getInt("totalCount"));
    }

    private static JsonPath search(Map<String, Object> variables) {
        return GraphQLClient.graphql(SEARCH, variables).statusCode(200).body("errors", equalTo(null)).extract()
                .jsonPath().setRootPath("data.search");
    }
}
