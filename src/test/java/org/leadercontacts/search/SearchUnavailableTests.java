package org.leadercontacts.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leadercontacts.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** When no index can be built, search fails with a stable code, readiness says why, and everything else answers. */
@QuarkusTest
@TestProfile(SearchUnavailableTests.UnusableIndexDirectory.class)
class SearchUnavailableTests {

    public static class UnusableIndexDirectory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path file = Files.createTempFile("not-a-directory", ".txt");
                file.toFile().deleteOnExit();
                return Map.of("contacts.search.index-dir", file.toString(), "contacts.search.ready-wait", "0.2s");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void searchFailsWithAStableCodeWhileOtherQueriesAnswer() {
        GraphQLClient.graphql("{ search(text: \"Syria\") { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("SEARCH_UNAVAILABLE"))
                .body("errors[0].message", startsWith("Search is unavailable: the search index could not be built"));
        GraphQLClient.graphql("{ statements(filter: {matching: \"Syria\"}) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("SEARCH_UNAVAILABLE"));
        GraphQLClient.graphql("{ topics { totalCount } }").statusCode(200).body("errors", equalTo(null))
                .body("data.topics.totalCount", equalTo(17));
    }

    @Test
    void readinessIsDownAndSaysWhy() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'store' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'search' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'search' }.data.failure",
                        startsWith("the search index could not be built"));
    }
}
