package org.leadercontacts.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.leadercontacts.GraphQLClient;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The endpoint follows the GraphQL-over-HTTP specification. */
@QuarkusTest
class GraphQLOverHttpTests {

    static final String QUERY = "{\"query\": \"{ topics { totalCount } }\"}";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Inject
    MeterRegistry registry;

    /**
     * An answered request lets go of its time-limit timer at once. A timer left queued until the limit held the
     * whole request in memory: about 1,300 finished requests at a time under load, and the full collections
     * that came with them. "At once" is within a second, far below the 10 s limit: the release runs when the
     * response has ended on the server, which may be just after the client has read it.
     */
    @Test
    void answeredRequestsLeaveNothingExecuting() throws InterruptedException {
        for (int first = 1; first <= 20; first++) {
            GraphQLClient.graphql("{ topics(first: " + first + ") { totalCount } }").statusCode(200)
                    .body("errors", equalTo(null));
        }
        Gauges.await(registry, "graphql.requests.executing", 0.0, 1_000);
    }

    @Test
    void answersInTheMediaTypeTheClientAccepts() {
        post(QUERY, "application/json").statusCode(200).contentType(startsWith("application/json"))
                .body("data.topics.totalCount", equalTo(17));
        post(QUERY, GRAPHQL_RESPONSE).statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE));
    }

    @Test
    void everyResponseCarriesARequestIdThatErrorsRepeat() {
        String id = post(QUERY, "application/json").statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().header("X-Request-Id");
        given().contentType("application/json").header("X-Request-Id", "client-42").body(QUERY).post("/graphql").then()
                .header("X-Request-Id", equalTo("client-42"));
        given().contentType("application/json").header("X-Request-Id", "not valid!").body(QUERY).post("/graphql").then()
                .header("X-Request-Id", not(equalTo("not valid!")));
        String errorId = given().contentType("application/json").header("X-Request-Id", "trace-7")
                .body("{\"query\": \"{ node(id: \\\"x\\\") { id } }\"}").post("/graphql").then()
                .body("errors[0].extensions.requestId", equalTo("trace-7")).extract().header("X-Request-Id");
        assertNotEquals(id, errorId);
    }

    @Test
    void requestsThatAreNotGraphQLRequestsAre400() {
        for (String body : new String[] { "{not json", "42", "\"query\"", "{}", "{\"query\": 5}", "{\"query\": \"\"}",
                "{\"query\": \"{ topics { totalCount } }\", \"variables\": [1]}",
                "{\"query\": \"{ topics { totalCount } }\", \"operationName\": 7}",
                "{\"query\": \"{ topics { totalCount } }\", \"extensions\": \"x\"}", "   " }) {
            post(body, "application/json").statusCode(400).contentType(startsWith("application/json"))
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                    .body("errors[0].message", notNullValue());
        }
    }

    @Test
    void batchedRequestsAreRefusedClearly() {
        post("[" + QUERY + "," + QUERY + "]", "application/json").statusCode(400)
                .body("errors[0].message", equalTo("Batched requests (a JSON array) are not supported: send one "
                        + "operation per request."));
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = "{\"query\": \"{ topics { totalCount } }\", \"x\": \"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("application/json").body(body).post("/graphql").then().statusCode(400)
                .body("errors[0].message", equalTo("The request body is not valid UTF-8."));
    }

    @Test
    void otherMediaTypesAndMethodsAreRefused() {
        given().contentType("text/plain").body("{ topics { totalCount } }").post("/graphql").then().statusCode(415)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().contentType("application/json").body(QUERY).put("/graphql").then().statusCode(405)
                .header("Allow", equalTo("GET, POST"));
    }

    @Test
    void syntaxErrorsSayWhereTheyAre() {
        String broken = "{\"query\": \"{ topics { totalCount }\"}";
        post(broken, "application/json").statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", equalTo("Syntax error: Invalid syntax with offending token '<EOF>' at line 1 "
                        + "column 24"))
                .body("errors[0].locations[0].line", equalTo(1)).body("errors[0].locations[0].column", equalTo(24));
        post(broken, GRAPHQL_RESPONSE).statusCode(400).body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void validationErrorsAre400ForGraphQLResponseClients() {
        String invalid = "{\"query\": \"{ topics { nosuchfield } }\"}";
        post(invalid, GRAPHQL_RESPONSE).statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", equalTo("Validation error (FieldUndefined@[topics/nosuchfield]) : Field "
                        + "'nosuchfield' in type 'TopicConnection' is undefined"))
                .body("errors[0].locations[0].column", equalTo(12));
        post(invalid, "application/json").statusCode(200);
    }

    @Test
    void queriesWorkOverGetAndAreCacheable() {
        ValidatableResponse first = given().queryParam("query", "{ topics { totalCount } }").get("/graphql").then()
                .statusCode(200).body("data.topics.totalCount", equalTo(17))
                .header("Cache-Control", equalTo("public, max-age=60")).header("ETag", startsWith("W/\""));
        String etag = first.extract().header("ETag");
        given().queryParam("query", "{ topics { totalCount } }").header("If-None-Match", etag).get("/graphql").then()
                .statusCode(304).body(emptyString());
        String other = given().queryParam("query", "query($n: Int) { topics(first: $n) { totalCount } }")
                .queryParam("variables", "{\"n\": 2}").get("/graphql").then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, other);
    }

    /** A GET query reaches execution exactly as sent: comments, operation names, and + or % in its strings. */
    @Test
    void getQueriesRunAsSent() {
        given().queryParam("query", "# How many topics?\n{ topics { totalCount } }").get("/graphql").then()
                .statusCode(200).body("errors", equalTo(null)).body("data.topics.totalCount", equalTo(17));
        given().queryParam("query", "{ node(id: \"a+b%41\") { id } }").get("/graphql").then().statusCode(200)
                .body("errors[0].message", equalTo("\"a+b%41\" is not a valid ID. Use an `id` returned by this API."));
        String two = "query Topics { topics { ...Count } } fragment Count on TopicConnection { totalCount }\n"
                + "query Leaders { leaders { ...People } }\n"
                + "fragment People on LeaderConnection { ...Total }\nfragment Total on LeaderConnection { totalCount }";
        int leaders = GraphQLClient.graphql("{ leaders { totalCount } }").extract().path("data.leaders.totalCount");
        given().queryParam("query", two).queryParam("operationName", "Leaders").get("/graphql").then().statusCode(200)
                .body("errors", equalTo(null)).body("data.leaders.totalCount", equalTo(leaders))
                .body("data.topics", equalTo(null));
        given().queryParam("query", two).queryParam("operationName", "Topics").get("/graphql").then().statusCode(200)
                .body("data.topics.totalCount", equalTo(17));
        given().queryParam("query", "query One { topics { totalCount } }").queryParam("operationName", "One")
                .get("/graphql").then().statusCode(200).body("data.topics.totalCount", equalTo(17));
        given().queryParam("query", "{ topics { totalCount } }").queryParam("variables", " ")
                .queryParam("extensions", "").get("/graphql").then().statusCode(200)
                .body("data.topics.totalCount", equalTo(17));
    }

    /** Naming an operation the query does not have is a validation error, over GET and POST alike, never cached. */
    @Test
    void anUnknownOperationNameIsAValidationError() {
        String two = "query A { topics { totalCount } } query B { leaders { totalCount } }";
        given().queryParam("query", two).queryParam("operationName", "Nope").accept(GRAPHQL_RESPONSE).get("/graphql")
                .then().statusCode(400).header("Cache-Control", equalTo(null)).header("ETag", equalTo(null))
                .body("errors[0].message", equalTo("Unknown operation named 'Nope'."))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().contentType("application/json").accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", two, "operationName", "Nope")).post("/graphql").then().statusCode(400)
                .body("errors[0].message", equalTo("Unknown operation named 'Nope'."))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void getExtensionsMustBeAJsonObject() {
        given().queryParam("query", "{ topics { totalCount } }").queryParam("extensions", "[1]").get("/graphql").then()
                .statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", equalTo("`extensions` must be a JSON object."));
    }

    @Test
    void mutationsAreNeverRunOverGet() {
        given().queryParam("query", "mutation { x }").get("/graphql").then().statusCode(405)
                .header("Allow", equalTo("POST")).body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void oversizedBodiesAre413() {
        String huge = "{\"query\": \"{ topics { totalCount } }\", \"variables\": {\"x\": \"" + "a".repeat(70_000) + "\"}}";
        post(huge, "application/json").statusCode(413).body("errors[0].extensions.code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    private static ValidatableResponse post(String body, String accept) {
        return given().contentType("application/json").accept(accept).body(body).post("/graphql").then();
    }
}
