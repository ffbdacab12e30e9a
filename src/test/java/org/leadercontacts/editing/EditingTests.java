package org.leadercontacts.editing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leadercontacts.GraphQLClient;
import org.leadercontacts.TestStore;
import org.leadercontacts.search.SearchIndex;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

/** Editors change the data through authenticated, validated, all-or-nothing mutations; nobody else can. */
@QuarkusTest
class EditingTests {

    static final String SPASIBO = GraphQLClient.id("Statement", "004-assad-spasibo");
    static final String TASS = GraphQLClient.id("SourceDocument", "002_d526b8d3ba075d1c");
    static final String CALL_2025 = GraphQLClient.id("Conversation", "putin-al-sharaa-call-2025-02-12");
    static final String PUTIN = GraphQLClient.id("Leader", "vladimir-putin");

    static final String UPDATE_STATEMENT = """
            mutation($input: UpdateStatementInput!) { updateStatement(input: $input) { id version text kind
              attribution source { start end text } } }""";
    static final String CREATE_STATEMENT = """
            mutation($input: CreateStatementInput!) { createStatement(input: $input) { id version text
              speaker { name } source { start end text document { publisher } } } }""";

    @Inject
    EntityManager em;

    @Inject
    SearchIndex searchIndex;

    @Inject
    TestStore store;

    @Inject
    org.leadercontacts.seed.StoreSeeder seeder;

    @AfterEach
    void restore() {
        store.removeEdits();
        searchIndex.rebuild();
    }

    @Test
    void anonymousMutationsChangeNothing() {
        mutate(null, UPDATE_STATEMENT, Map.of("input", Map.of("id", SPASIBO, "expectedVersion", 0, "attribution", "x")),
                401).header("WWW-Authenticate", equalTo("Bearer"))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", startsWith("Editing needs a bearer token"));
        attributionOfSpasibo("(in Russian)");
    }

    @Test
    void nonEditorsAndForgedOrForeignTokensChangeNothing() {
        Map<String, Object> edit = Map.of("input", Map.of("id", SPASIBO, "expectedVersion", 0, "attribution", "x"));
        mutate(token("reader@test", Set.of("reader")), UPDATE_STATEMENT, edit, 403)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", equalTo("\"reader@test\" may not edit: the `editor` role is required."));
        mutate(editor() + "tampered", UPDATE_STATEMENT, edit, 401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        String otherIssuer = Jwt.issuer("https://someone-else.test").upn("editor@test").groups(Set.of("editor"))
                .expiresIn(300).sign();
        mutate(otherIssuer, UPDATE_STATEMENT, edit, 401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        attributionOfSpasibo("(in Russian)");
    }

    @Test
    void queriesStayPublicWhateverTheHeader() {
        given().contentType("application/json").header("Authorization", "Bearer garbage")
                .body(Map.of("query", "{ topics { totalCount } }")).post("/graphql").then().statusCode(200)
                .body("data.topics.totalCount", equalTo(17));
    }

    @Test
    void anEditorUpdatesAStatementAndTheVersionMoves() {
        mutate(editor(), UPDATE_STATEMENT, Map.of("input", Map.of("id", SPASIBO, "expectedVersion", 0,
                "attribution", "in Russian, per the transcript")))
                .body("errors", equalTo(null))
                .body("data.updateStatement.version", equalTo(1))
                .body("data.updateStatement.attribution", equalTo("in Russian, per the transcript"));
        attributionOfSpasibo("in Russian, per the transcript");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        mutate(editor(), UPDATE_STATEMENT, Map.of("input", Map.of("id", SPASIBO, "expectedVersion", 0,
                "attribution", "first edit"))).body("errors", equalTo(null));
        mutate(editor(), UPDATE_STATEMENT, Map.of("input", Map.of("id", SPASIBO, "expectedVersion", 0,
                "attribution", "second edit, based on version 0")))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", startsWith("Statement " + SPASIBO + " is at version 1, not 0"));
        attributionOfSpasibo("first edit");
    }

    @Test
    void newStatementsAreVerifiedVerbatimAndGetTheirSpan() {
        Map<String, Object> input = new HashMap<>(Map.of("conversation", CALL_2025, "document", TASS, "speaker", PUTIN,
                "kind", "PARAPHRASE", "text", "Putin wished success to the new Syrian leader"));
        mutate(editor(), CREATE_STATEMENT, Map.of("input", input)).body("errors", equalTo(null))
                .body("data.createStatement.speaker.name", equalTo("Vladimir Putin"))
                .body("data.createStatement.source.text", equalTo("Putin wished success to the new Syrian leader"))
                .body("data.createStatement.source.document.publisher", equalTo("TASS"));
        input.put("text", "Putin wished success to the Syrian people");
        mutate(editor(), CREATE_STATEMENT, Map.of("input", input))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", startsWith("The text is not in the document verbatim"));
        input.put("text", "Putin wished success to the new Syrian leader, pointing to the historical ties of friendship "
                + "between the two countries' people.");
        mutate(editor(), CREATE_STATEMENT, Map.of("input", input))
                .body("errors[0].message", equalTo("The text is not in the document verbatim: \"Putin wished success to "
                        + "the new Syrian leader, pointing to the historical tie...\" (it differs only in quote "
                        + "marks, dashes or white space: copy those characters exactly)."));
    }

    @Test
    void invalidInputIsRejectedBeforeAnythingChanges() {
        mutate(editor(), "mutation($input: TopicInput!) { createTopic(input: $input) { id } }",
                Map.of("input", Map.of("slug", "Not A Slug!", "name", "", "description", "x")))
                .body("data", equalTo(null)).body("errors[0].message", notNullValue());
        GraphQLClient.graphql("{ topics { totalCount } }").body("data.topics.totalCount", equalTo(17));
    }

    @Test
    void topicsAreCreatedUpdatedAndDeleted() {
        String id = mutate(editor(), "mutation($input: TopicInput!) { createTopic(input: $input) { id version } }",
                Map.of("input", Map.of("slug", "test-energy", "name", "Energy", "description", "Oil and gas.")))
                .body("errors", equalTo(null)).extract().path("data.createTopic.id");
        mutate(editor(), "mutation($input: TopicInput!) { createTopic(input: $input) { id } }",
                Map.of("input", Map.of("slug", "test-energy", "name", "Energy", "description", "Oil and gas.")))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        mutate(editor(), "mutation($input: UpdateTopicInput!) { updateTopic(input: $input) { name version } }",
                Map.of("input", Map.of("id", id, "expectedVersion", 0, "name", "Energy and oil")))
                .body("data.updateTopic.name", equalTo("Energy and oil")).body("data.updateTopic.version", equalTo(1));
        mutate(editor(), "mutation($id: ID!) { deleteTopic(id: $id, expectedVersion: 1) }", Map.of("id", id))
                .body("errors", equalTo(null)).body("data.deleteTopic", equalTo(id));
        GraphQLClient.graphql("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void duplicateLeadersAreMergedWithEverythingThatPointsAtThem() {
        String createLeader = "mutation($input: CreateLeaderInput!) { createLeader(input: $input) { id version name } }";
        String twin = mutate(editor(), createLeader, Map.of("input", Map.of("name", "Test Putin Twin", "country", "Russia",
                "aliases", List.of(Map.of("document", TASS, "text", "Putin", "occurrence", 2)))))
                .body("errors", equalTo(null)).extract().path("data.createLeader.id");
        String keeper = mutate(editor(), createLeader, Map.of("input", Map.of("name", "Test Keeper", "country", "RU")))
                .body("errors", equalTo(null)).extract().path("data.createLeader.id");
        mutate(editor(), "mutation($k: ID!, $r: ID!) { mergeLeaders(keep: $k, keepVersion: 0, remove: $r, removeVersion: 0) "
                + "{ name aliases { text source { text } } } }", Map.of("k", keeper, "r", twin))
                .body("errors", equalTo(null))
                .body("data.mergeLeaders.aliases[0].text", equalTo("Putin"))
                .body("data.mergeLeaders.aliases[0].source.text", equalTo("Putin"));
        GraphQLClient.graphql("query($id: ID!) { node(id: $id) { id } }", Map.of("id", twin))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void leadersGetVerifiedSpellingsAndOfficesAndAreDeletedOnlyWhenUnreferenced() {
        String id = mutate(editor(), "mutation($input: CreateLeaderInput!) { createLeader(input: $input) { id } }",
                Map.of("input", Map.of("name", "Test Envoy", "country", "SY"))).extract().path("data.createLeader.id");
        mutate(editor(), "mutation($input: UpdateLeaderInput!) { updateLeader(input: $input) { name version "
                + "aliases { text } offices { title country { name } source { text } } } }",
                Map.of("input", Map.of("id", id, "expectedVersion", 0, "name", "Test Envoy Renamed",
                        "addAliases", List.of(Map.of("document", TASS, "text", "al-Sharaa")),
                        "addOffices", List.of(Map.of("document", TASS, "text", "Syria’s new leader", "title",
                                "new leader", "country", "Syria")))))
                .body("errors", equalTo(null))
                .body("data.updateLeader.name", equalTo("Test Envoy Renamed"))
                .body("data.updateLeader.aliases[0].text", equalTo("al-Sharaa"))
                .body("data.updateLeader.offices[0].source.text", equalTo("Syria’s new leader"));
        mutate(editor(), "mutation($input: UpdateLeaderInput!) { updateLeader(input: $input) { id } }",
                Map.of("input", Map.of("id", id, "expectedVersion", 1, "addOffices", List.of(Map.of("document", TASS,
                        "text", "Syria's new leader", "title", "x", "country", "SY")))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        mutate(editor(), "mutation($id: ID!) { deleteLeader(id: $id, expectedVersion: 1) }", Map.of("id", id))
                .body("errors", equalTo(null));
        mutate(editor(), "mutation($id: ID!) { deleteLeader(id: $id, expectedVersion: 0) }", Map.of("id", PUTIN))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("merge it into the right leader"));
    }

    @Test
    void documentsAreAddedOnceVerbatim() {
        String add = "mutation($input: AddDocumentInput!) { addDocument(input: $input) { id sha256 text publisher } }";
        Map<String, Object> input = Map.of("text", "Test: A statement. \u201cQuoted.\u201d", "publisher", "Test Wire",
                "language", "en");
        mutate(editor(), add, Map.of("input", input)).body("errors", equalTo(null))
                .body("data.addDocument.text", equalTo("Test: A statement. \u201cQuoted.\u201d"));
        mutate(editor(), add, Map.of("input", input)).body("errors[0].extensions.code", equalTo("CONFLICT"));
    }

    static final String CREATE_CONVERSATION = """
            mutation($input: CreateConversationInput!) { createConversation(input: $input) { id version title date
              participants { leader { name } role } sources { reportedDate reportedDateText excerpt { text }
              document { publisher } } } }""";

    private Map<String, Object> newCall(String passage) {
        return Map.of("input", Map.of("kind", "PHONE_CALL", "title", "Test call", "date", "2025-02-12",
                "participants", List.of(Map.of("leader", PUTIN, "role", "PARTICIPANT")),
                "sources", List.of(Map.of("document", TASS, "text", passage, "reportedDate", "2025-02-12",
                        "reportedDateText", "February 12"))));
    }

    @Test
    void conversationsAreCreatedFromVerbatimReportsAndMerged() {
        String first = mutate(editor(), CREATE_CONVERSATION, newCall("Putin and al-Sharaa discussed cooperation in "
                + "trade, economic, educational and other fields")).body("errors", equalTo(null))
                .body("data.createConversation.sources[0].document.publisher", equalTo("TASS"))
                .body("data.createConversation.sources[0].reportedDateText", equalTo("February 12"))
                .extract().path("data.createConversation.id");
        mutate(editor(), CREATE_CONVERSATION, newCall("Putin and Sharaa talked")).body("errors[0].extensions.code",
                equalTo("BAD_USER_INPUT"));
        String second = mutate(editor(), CREATE_CONVERSATION, newCall("The leaders agreed")).body("errors", equalTo(null))
                .extract().path("data.createConversation.id");
        mutate(editor(), CREATE_STATEMENT, Map.of("input", Map.of("conversation", second, "document", TASS, "kind",
                "PARAPHRASE", "text", "Putin wished success to the new Syrian leader"))).body("errors", equalTo(null));
        mutate(editor(), "mutation($k: ID!, $r: ID!) { mergeConversations(keep: $k, keepVersion: 0, remove: $r, "
                + "removeVersion: 0) { version participants { leader { name } } statements { totalCount } } }",
                Map.of("k", first, "r", second)).body("errors", equalTo(null))
                .body("data.mergeConversations.version", equalTo(1))
                .body("data.mergeConversations.participants.size()", equalTo(1))
                .body("data.mergeConversations.statements.totalCount", equalTo(1));
        mutate(editor(), "mutation($id: ID!) { deleteConversation(id: $id, expectedVersion: 0) }", Map.of("id", first))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        mutate(editor(), "mutation($id: ID!) { deleteConversation(id: $id, expectedVersion: 1) }", Map.of("id", first))
                .body("errors", equalTo(null));
        GraphQLClient.graphql("{ conversations { totalCount } statements { totalCount } }")
                .body("data.conversations.totalCount", equalTo(6)).body("data.statements.totalCount", equalTo(54));
    }

    @Test
    void concurrentEditsOfOneObjectAreDetectedNotLost() throws Exception {
        String topic = mutate(editor(), "mutation($input: TopicInput!) { createTopic(input: $input) { id } }",
                Map.of("input", Map.of("slug", "test-race", "name", "Race", "description", "A race.")))
                .extract().path("data.createTopic.id");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String name = "Race " + i;
                outcomes.add(pool.submit(() -> mutate(editor(), "mutation($input: UpdateTopicInput!) { updateTopic("
                        + "input: $input) { name } }", Map.of("input", Map.of("id", topic, "expectedVersion", 0,
                                "name", name))).extract().asString()));
            }
            int won = 0;
            for (var outcome : outcomes) {
                String answer = outcome.get(60, java.util.concurrent.TimeUnit.SECONDS);
                if (answer.contains("\"CONFLICT\"")) {
                    continue;
                }
                won++;
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, won, "exactly one edit based on version 0 may win");
        } finally {
            pool.shutdownNow();
        }
        GraphQLClient.graphql("query($id: ID!) { node(id: $id) { ... on Topic { version } } }", Map.of("id", topic))
                .body("data.node.version", equalTo(1));
    }

    @Test
    void editsAreSearchableAtOnceWithoutRebuildingTheIndex() {
        String find = "query($text: String!) { search(text: $text, types: [STATEMENT, LEADER]) { totalCount "
                + "edges { node { type node { id } } } } }";
        SearchIndex.Status before = searchIndex.status();
        GraphQLClient.graphql(find, Map.of("text", "Zyxwvut")).body("data.search.totalCount", equalTo(0));

        String leader = mutate(editor(), "mutation($input: CreateLeaderInput!) { createLeader(input: $input) { id } }",
                Map.of("input", Map.of("name", "Test Zyxwvut", "country", "SY")))
                .body("errors", equalTo(null)).extract().path("data.createLeader.id");
        GraphQLClient.graphql(find, Map.of("text", "Zyxwvut")).body("data.search.totalCount", equalTo(1))
                .body("data.search.edges[0].node.node.id", equalTo(leader));

        String statement = mutate(editor(), CREATE_STATEMENT, Map.of("input", Map.of("conversation", CALL_2025,
                "document", TASS, "kind", "PARAPHRASE", "text", "Putin wished success to the new Syrian leader")))
                .body("errors", equalTo(null)).extract().path("data.createStatement.id");
        GraphQLClient.graphql(find, Map.of("text", "\"wished success to the new Syrian leader\""))
                .body("data.search.edges.node.node.id", org.hamcrest.Matchers.hasItem(statement));

        mutate(editor(), "mutation($id: ID!) { deleteStatement(id: $id, expectedVersion: 0) }", Map.of("id", statement))
                .body("errors", equalTo(null));
        GraphQLClient.graphql(find, Map.of("text", "\"wished success to the new Syrian leader\""))
                .body("data.search.edges.node.node.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(statement)));

        SearchIndex.Status after = searchIndex.status();
        org.junit.jupiter.api.Assertions.assertEquals(before.fullBuilds(), after.fullBuilds(), "no full rebuild");
        org.junit.jupiter.api.Assertions.assertEquals(before.generation(), after.generation());
        org.junit.jupiter.api.Assertions.assertEquals(before.entriesUpdated() + 3, after.entriesUpdated(),
                "one entry per edit: the leader, the new statement, the deleted statement");
    }

    @Test
    void reseedingNeverOverwritesEdits() {
        mutate(editor(), UPDATE_STATEMENT, Map.of("input", Map.of("id", SPASIBO, "expectedVersion", 0,
                "attribution", "edited"))).body("errors", equalTo(null));
        org.junit.jupiter.api.Assertions.assertEquals(0,
                seeder.seed(org.leadercontacts.seed.SourceFolder.read()).documentsAdded());
        attributionOfSpasibo("edited");
    }

    private void attributionOfSpasibo(String expected) {
        GraphQLClient.graphql("query($id: ID!) { node(id: $id) { ... on Statement { attribution } } }",
                Map.of("id", SPASIBO)).body("data.node.attribution", equalTo(expected));
    }

    private static String editor() {
        return token("editor@test", Set.of("editor"));
    }

    private static String token(String user, Set<String> groups) {
        return Jwt.issuer("https://leader-contacts.test").upn(user).groups(groups).expiresIn(300).sign();
    }

    private static ValidatableResponse mutate(String token, String query, Map<String, Object> variables) {
        return mutate(token, query, variables, 200);
    }

    private static ValidatableResponse mutate(String token, String query, Map<String, Object> variables, int status) {
        var request = given().contentType("application/json");
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(status);
    }
}
