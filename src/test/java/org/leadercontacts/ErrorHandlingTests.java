package org.leadercontacts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Bad input gets a clear GraphQL error with a stable code: never a 500, a stack trace or a class name. */
@QuarkusTest
class ErrorHandlingTests {

    static final String NODE = "query($id: ID!) { node(id: $id) { id } }";
    static final String BY_PARTICIPANT = "query($id: ID!) { conversations(filter: {participant: $id}) { totalCount } }";
    static final String IN_RANGE = "query($from: Date) { conversations(filter: {from: $from}) { totalCount } }";

    @Test
    void unknownIdIsNotFound() {
        String unknown = GraphQLClient.id("Leader", "no-such-person");
        clientError(GraphQLClient.graphql(NODE, Map.of("id", unknown)), "NOT_FOUND")
                .body("errors[0].message", equalTo("No Leader has the ID \"" + unknown + "\"."))
                .body("errors[0].path[0]", equalTo("node"));
        clientError(GraphQLClient.graphql(BY_PARTICIPANT, Map.of("id", unknown)), "NOT_FOUND");
    }

    @Test
    void unknownIdOfEachTypeIsNotFound() {
        for (String type : new String[] { "Conversation", "Statement", "Topic", "SourceDocument", "Nonsense" }) {
            clientError(GraphQLClient.graphql(NODE, Map.of("id", GraphQLClient.id(type, "missing"))), "NOT_FOUND");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "!!!", "bm90LWFuLWlk", "TGVhZGVy", "Og" })
    void malformedIdIsBadInput(String id) {
        clientError(GraphQLClient.graphql(NODE, Map.of("id", id)), "BAD_USER_INPUT")
                .body("errors[0].message", containsString("is not a valid ID"));
    }

    @Test
    void idOfTheWrongTypeIsBadInput() {
        String topic = GraphQLClient.id("Topic", "sanctions");
        clientError(GraphQLClient.graphql(BY_PARTICIPANT, Map.of("id", topic)), "BAD_USER_INPUT")
                .body("errors[0].message", equalTo("ID \"" + topic + "\" is a Topic ID, but a Leader ID is expected here."));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-13-01", "2025-02-30", "yesterday", "12/02/2025", "2025" })
    void badDatesAreRejectedBeforeExecution(String date) {
        GraphQLClient.graphql(IN_RANGE, Map.of("from", date)).statusCode(200)
                .body("data", equalTo(null))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("Variable '$from' must be a date as YYYY-MM-DD; got " + date + "."))
                .body(not(containsString("java.")));
    }

    @Test
    void reversedDateRangeIsBadInput() {
        clientError(GraphQLClient.graphql("{ conversations(filter: {from: \"2025-01-01\", to: \"2024-01-01\"}) "
                + "{ totalCount } }"), "BAD_USER_INPUT")
                .body("errors[0].message", equalTo("`from` (2025-01-01) is after `to` (2024-01-01)."));
    }

    @Test
    void betweenNeedsExactlyTwoLeaders() {
        String putin = GraphQLClient.id("Leader", "vladimir-putin");
        clientError(GraphQLClient.graphql("query($a: ID!) { conversations(filter: {between: [$a]}) { totalCount } }",
                Map.of("a", putin)), "BAD_USER_INPUT")
                .body("errors[0].message", equalTo("`between` takes exactly two leader IDs; got 1."));
    }

    @Test
    void unknownCountryIsBadInput() {
        clientError(GraphQLClient.graphql("{ leaders(filter: {country: \"Atlantis\"}) { totalCount } }"),
                "BAD_USER_INPUT").body("errors[0].message", containsString("Unknown country \"Atlantis\""));
    }

    @Test
    void emptyOrOverlongSearchIsBadInput() {
        clientError(GraphQLClient.graphql("{ search(text: \"  \") { totalCount } }"), "BAD_USER_INPUT")
                .body("errors[0].message", equalTo("Search text must not be empty."));
        clientError(GraphQLClient.graphql("query($t: String!) { search(text: $t) { totalCount } }",
                Map.of("t", "a".repeat(501))), "BAD_USER_INPUT")
                .body("errors[0].message", equalTo("Search text is limited to 500 characters; got 501."));
    }

    @Test
    void contextLengthIsBounded() {
        clientError(GraphQLClient.graphql("{ statements(first: 1) { edges { node { source { before(chars: 5000) } } } } }"),
                "BAD_USER_INPUT").body("errors[0].message", equalTo("`chars` must be between 0 and 2000; got 5000."));
    }

    @Test
    void syntaxAndValidationErrorsAreGraphQLErrors() {
        GraphQLClient.graphql("{ conversations(first: 1) { edges { node { title } }").statusCode(200)
                .body("data", equalTo(null))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        GraphQLClient.graphql("{ conversations { nosuchfield } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void serviceStillAnswersAfterErrors() {
        GraphQLClient.graphql(NODE, Map.of("id", "!!!"));
        GraphQLClient.graphql("{ conversations(first: 1) { totalCount } }").statusCode(200)
                .body("errors", equalTo(null)).body("data.conversations.totalCount", equalTo(6));
    }

    private static ValidatableResponse clientError(ValidatableResponse response, String code) {
        return response.statusCode(200)
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].message", notNullValue())
                .body(not(containsString("InputException")))
                .body(not(containsString("FoundException")))
                .body(not(containsString("org.leadercontacts")))
                .body(not(containsString("java.")))
                .body(not(containsString("\tat ")));
    }
}
