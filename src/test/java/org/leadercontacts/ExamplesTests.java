package org.leadercontacts;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every operation in graphql/examples/ runs against the seeded service and answers what the documents say. */
@QuarkusTest
class ExamplesTests {

    static final Path EXAMPLES = Path.of("graphql", "examples");

    /** What each example must answer. An example without an entry here fails the suite. */
    static final Map<String, Consumer<JsonPath>> CHECKS = Map.ofEntries(
            Map.entry("timeline", data -> {
                assertEquals(6, data.getInt("conversations.totalCount"));
                assertEquals(List.of("2021-09-13", "2022-02-25", "2024-12", "2025-01", "2025-02", "2025-02-12"),
                        data.getList("conversations.edges.node.date"));
                assertEquals(3, data.getList("conversations.edges[5].node.sources").size());
            }),
            Map.entry("leader-profile", data -> {
                assertEquals(List.of("Ahmed al-Sharaa"), data.getList("leaders.edges.node.name"));
                assertTrue(data.getList("leaders.edges[0].node.aliases.text").contains("Abu Mohammad al-Julani"));
                assertEquals(3, data.getInt("leaders.edges[0].node.conversations.totalCount"));
            }),
            Map.entry("conversation-detail", data -> {
                assertEquals("PHONE_CALL", data.getString("node.kind"));
                assertEquals(List.of("Thanh Nien", "TASS", "Chattythat"), data.getList("node.sources.document.publisher"));
                assertEquals(List.of("On February 12", "MOSCOW, February 12", "on Wednesday"),
                        data.getList("node.sources.reportedDateText"));
            }),
            Map.entry("quote-search", data -> {
                assertTrue(data.getInt("search.totalCount") > 0);
                assertEquals("STATEMENT", data.getString("search.edges[0].node.type"));
                assertFalse(data.getList("search.edges[0].node.highlights").isEmpty());
            }),
            Map.entry("counterparts", data -> assertEquals(List.of("Ahmed al-Sharaa", "Bashar al-Assad"),
                    data.getList("leaders.edges[0].node.counterparts.edges.node.name"))),
            Map.entry("pagination-walk", data -> {
                assertEquals(10, data.getList("statements.edges").size());
                assertTrue(data.getBoolean("statements.pageInfo.hasNextPage"));
            }),
            Map.entry("conversations-between", data -> assertEquals(List.of("MEETING", "PHONE_CALL"),
                    data.getList("conversations.edges.node.kind"))),
            Map.entry("remark-versions", data -> {
                assertEquals("constructive, business-like and substantive", data.getString("statements.edges[0].node.text"));
                assertEquals(List.of("constructive, businesslike and meaningful", "constructive, business-like, and substantial"),
                        data.getList("statements.edges[0].node.versions.text"));
            }),
            Map.entry("documents", data -> {
                assertEquals(5, data.getInt("documents.totalCount"));
                assertEquals(List.of("President of Russia", "Thanh Nien", "TASS", "Chattythat", "President of Russia"),
                        data.getList("documents.edges.node.publisher"));
            }),
            Map.entry("topics", data -> assertTrue(data.getInt("topics.totalCount") >= 10)),
            Map.entry("statements-by-speaker", data -> {
                assertTrue(data.getInt("statements.totalCount") >= 3);
                assertEquals("2025-02-12", data.getString("statements.edges[0].node.conversation.date"));
            }),
            Map.entry("leaders-by-country", data -> assertTrue(data.getList("leaders.edges.node.name")
                    .containsAll(List.of("Ahmed al-Sharaa", "Maher al-Sharaa", "Bashar al-Assad")))),
            Map.entry("phone-calls-in-range", data -> assertEquals(List.of("2025-02-12", "2022-02-25"),
                    data.getList("conversations.edges.node.date"))),
            Map.entry("statement-in-context", data -> {
                assertEquals("Spasibo.", data.getString("statements.edges[0].node.source.text"));
                assertTrue(data.getString("statements.edges[0].node.source.before").endsWith("Russian): "));
            }));

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".graphql"))
                    .map(n -> n.substring(0, n.length() - ".graphql".length())).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastTwelveExamplesAndEachHasAnAnswerCheck() throws IOException {
        List<String> names = examples().toList();
        assertTrue(names.size() >= 12, "at least 12 examples: " + names);
        for (String name : names) {
            assertTrue(CHECKS.containsKey(name), "graphql/examples/" + name + ".graphql has no check in ExamplesTests");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleAnswersWithoutErrors(String name) throws IOException {
        String query = Files.readString(EXAMPLES.resolve(name + ".graphql"), StandardCharsets.UTF_8);
        Path variablesFile = EXAMPLES.resolve(name + ".variables.json");
        Map<String, Object> variables = new HashMap<>();
        if (Files.exists(variablesFile)) {
            variables.putAll(new ObjectMapper().readValue(variablesFile.toFile(), Map.class));
        }
        JsonPath answer = GraphQLClient.graphql(query, variables).statusCode(200).body("errors", equalTo(null))
                .extract().jsonPath();
        CHECKS.get(name).accept(answer.setRootPath("data"));
    }
}
