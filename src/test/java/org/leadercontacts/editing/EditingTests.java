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
import org.leadercontacts.search.SearchIndex;

import io.quarkus.narayana.jta.QuarkusTransaction;
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

    @AfterEach
    void restore() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update statement set attribution = '(in Russian)', version = 0 "
                    + "where slug = '004-assad-spasibo'").executeUpdate();
            em.createNativeQuery("delete from statement_topic where statement_id in (select id from statement where "
                    + "slug like 'ed-%')").executeUpdate();
            em.createNativeQuery("delete from statement where slug like 'ed-%'").executeUpdate();
            em.createNativeQuery("delete from topic where slug like 'test-%'").executeUpdate();
            em.createNativeQuery("delete from leader_alias where leader_id in (select id from leader where name like "
                    + "'Test %')").executeUpdate();
            em.createNativeQuery("delete from leader where name like 'Test %'").executeUpdate();
            em.createNativeQuery("delete from source_document where slug like 'ed_%'").executeUpdate();
        });
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
    void documentsAreAddedOnceVerbatim() {
        String add = "mutation($input: AddDocumentInput!) { addDocument(input: $input) { id sha256 text publisher } }";
        Map<String, Object> input = Map.of("text", "Test: A statement. \u201cQuoted.\u201d", "publisher", "Test Wire",
                "language", "en");
        mutate(editor(), add, Map.of("input", input)).body("errors", equalTo(null))
                .body("data.addDocument.text", equalTo("Test: A statement. \u201cQuoted.\u201d"));
        mutate(editor(), add, Map.of("input", input)).body("errors[0].extensions.code", equalTo("CONFLICT"));
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
