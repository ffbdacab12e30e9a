package org.leadercontacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

/**
 * Mistakes a client can make that were answered as `Internal server error` (issue 12, point 5): each is a
 * BAD_USER_INPUT with a clear message, and every error's code is one of the documented codes, never one made from an
 * exception's class name. Runs on H2 and PostgreSQL (the NUL character only failed on PostgreSQL).
 */
@QuarkusTest
class ClientMistakesTests {

    /** Error codes are upper case with underscores, like every code in README's table. */
    private static final String CODE = "[A-Z][A-Z_]+";

    @Test
    void searchWithAnExplicitNullPageSizeIsBadInput() {
        badInput(GraphQLClient.graphql("{ search(text: \"putin\", first: null) { totalCount } }"))
                .body("errors[0].message", equalTo("`first` must be a number between 0 and 100, not null."));
        badInput(GraphQLClient.graphql("query($n: Int) { search(text: \"putin\", first: $n) { totalCount } }",
                java.util.Collections.singletonMap("n", null)))
                .body("errors[0].message", equalTo("`first` must be a number between 0 and 100, not null."));
    }

    @ParameterizedTest
    @ValueSource(strings = { "before", "after" })
    void contextWithAnExplicitNullLengthIsBadInput(String field) {
        badInput(GraphQLClient.graphql("{ statements(first: 1) { edges { node { source { " + field
                + "(chars: null) } } } } }"))
                .body("errors[0].message", equalTo("`chars` must be a number between 0 and 2000, not null."));
    }

    /** A cursor taken from the API with its date changed to one that does not exist, as a curious client would. */
    @Test
    void aCursorWithAnImpossibleDateIsBadInput() {
        String crafted = craftedCursor("conversations", "2025-02-30");
        badInput(GraphQLClient.graphql("query($c: String) { conversations(first: 1, after: $c) { totalCount } }",
                Map.of("c", crafted)))
                .body("errors[0].message", equalTo("\"" + crafted + "\" is not a valid cursor. Use `endCursor`/"
                        + "`startCursor` from `pageInfo` or an edge's `cursor`."));
    }

    /** PostgreSQL rejects a NUL in a query parameter; a decoded ID or cursor must not carry one there. */
    @Test
    void aNulCharacterInsideAnIdOrCursorIsBadInput() {
        String id = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("Leader:vladimir-putin\u0000".getBytes(StandardCharsets.UTF_8));
        badInput(GraphQLClient.graphql("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)))
                .body("errors[0].message", equalTo("\"" + id + "\" is not a valid ID. Use an `id` returned by this API."));
        String cursor = craftedCursor("leaders", "Putin\u0000");
        badInput(GraphQLClient.graphql("query($c: String) { leaders(first: 1, after: $c) { totalCount } }",
                Map.of("c", cursor)))
                .body("errors[0].message", containsString("is not a valid cursor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "query($t: String) { leaders(filter: {name: $t}) { totalCount } }",
            "query($t: String!) { search(text: $t) { totalCount } }",
            "query($t: String) { statements(filter: {matching: $t}) { totalCount } }",
            "query($t: ID!) { node(id: $t) { id } }",
            "query($t: String) { conversations(first: 1, after: $t) { totalCount } }" })
    void aNulCharacterInAVariableIsBadInput(String query) {
        badInput(GraphQLClient.graphql(query, Map.of("t", "putin\u0000")))
                .body("data", equalTo(null))
                .body("errors[0].message", equalTo("Variable '$t' must not contain the NUL character (U+0000)."));
    }

    @Test
    void aNulCharacterInALiteralIsBadInput() {
        badInput(GraphQLClient.graphql("{ leaders(filter: {name: \"putin\\u0000\"}) { totalCount } }"))
                .body("data", equalTo(null))
                .body("errors[0].message", equalTo("Argument 'filter' of field 'leaders'.name must not contain the NUL "
                        + "character (U+0000)."));
        badInput(GraphQLClient.graphql("{ node(id: \"TGVhZGVy\\u0000\") { id } }"))
                .body("errors[0].message", equalTo("Argument 'id' of field 'node' must not contain the NUL character "
                        + "(U+0000)."));
    }

    /** Bean Validation on mutation inputs answers like every other error: a code, the request id, a readable message. */
    @Test
    void invalidMutationInputIsBadInputWithARequestId() {
        String token = Jwt.issuer("https://leader-contacts.test").upn("editor@test").groups(Set.of("editor"))
                .expiresIn(300).sign();
        given().contentType("application/json").header("Authorization", "Bearer " + token)
                .header("X-Request-Id", "validation-test-1")
                .body(Map.of("query", "mutation($input: TopicInput!) { createTopic(input: $input) { id } }",
                        "variables", Map.of("input", Map.of("slug", "test-ok", "name", "", "description", "x"))))
                .post("/graphql").then().statusCode(200)
                .body("data", equalTo(null))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.requestId", equalTo("validation-test-1"))
                .body("errors[0].message", equalTo("`input.name` must not be blank."))
                .body(not(containsString("{jakarta.validation")));
    }

    /** A real cursor of the connection's first page, with its sort value replaced. */
    private static String craftedCursor(String connection, String sortValue) {
        String cursor = GraphQLClient.graphql("{ " + connection + "(first: 1) { pageInfo { endCursor } } }")
                .body("errors", equalTo(null)).extract().path("data." + connection + ".pageInfo.endCursor");
        String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\u001f");
        parts[2] = sortValue;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
    }

    private static ValidatableResponse badInput(ValidatableResponse response) {
        return response.statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.requestId", notNullValue())
                .body("errors.extensions.code", not(hasItem(not(matchesPattern(CODE)))))
                .body(not(containsString("Internal server error")))
                .body(not(containsString("java.")));
    }
}
