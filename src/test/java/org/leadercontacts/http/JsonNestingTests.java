package org.leadercontacts.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A small body nested deeply (variables, even undeclared ones) overflowed the thread stack of the shipped JVM
 * ({@code -Xss256k}) and answered 500. The nesting of the JSON is limited before anything decodes it. The server runs
 * in this JVM, so its threads have the stack size surefire gives it, which must be the shipped one.
 */
@QuarkusTest
class JsonNestingTests {

    private static final String QUERY = "{ topics { totalCount } }";

    @Test
    void theTestsRunWithTheShippedThreadStackSize() throws IOException {
        Matcher shipped = Pattern.compile("-Xss\\S+").matcher(Files.readString(Path.of("src/main/docker/Dockerfile.jvm")));
        assertTrue(shipped.find(), "Dockerfile.jvm sets no -Xss");
        assertTrue(ManagementFactory.getRuntimeMXBean().getInputArguments().contains(shipped.group()),
                "the tests run without the shipped " + shipped.group() + ": "
                        + ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    @ParameterizedTest
    @ValueSource(ints = { 300, 900, 20_000 })
    void deeplyNestedVariablesInABodyAreABadRequest(int depth) {
        given().contentType("application/json").body("{\"query\": \"" + QUERY + "\", \"variables\": {\"x\": "
                + "[".repeat(depth) + "]".repeat(depth) + "}}").post("/graphql").then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].extensions.limit", equalTo("jsonDepth"))
                .body("errors[0].extensions.max", equalTo(32))
                .body("errors[0].message", equalTo("The request's JSON nests " + (depth + 2)
                        + " levels deep; the limit is 32."));
    }

    @Test
    void deeplyNestedObjectsAreABadRequestToo() {
        given().contentType("application/json").body("{\"query\": \"" + QUERY + "\", \"variables\": "
                + "{\"x\": ".repeat(600) + "1" + "}".repeat(600) + "}").post("/graphql").then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].extensions.limit", equalTo("jsonDepth"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "variables", "extensions" })
    void deeplyNestedGetParametersAreABadRequest(String parameter) {
        given().queryParam("query", QUERY).queryParam(parameter, "{\"x\": " + "[".repeat(300) + "]".repeat(300) + "}")
                .get("/graphql").then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", equalTo("The request's JSON nests 301 levels deep; the limit is 32."));
    }

    /** Brackets inside strings are text, not nesting. */
    @Test
    void bracketsInStringsDoNotCount() {
        given().contentType("application/json").body("{\"query\": \"query($t: String) { leaders(filter: {name: $t}) "
                + "{ totalCount } }\", \"variables\": {\"t\": \"" + "[{\\\"".repeat(900) + "\"}}").post("/graphql")
                .then().statusCode(200)
                .body("errors", equalTo(null))
                .body("data.leaders.totalCount", equalTo(0));
    }

    @Test
    void nestingUpToTheLimitIsAnsweredNormally() {
        int depth = 32 - 2;
        given().contentType("application/json").body("{\"query\": \"" + QUERY + "\", \"variables\": {\"x\": "
                + "[".repeat(depth) + "]".repeat(depth) + "}}").post("/graphql").then()
                .statusCode(200)
                .body("errors", equalTo(null))
                .body("data.topics.totalCount", equalTo(17));
    }
}
