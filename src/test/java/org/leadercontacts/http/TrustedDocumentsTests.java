package org.leadercontacts.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadercontacts.http.PersistedQueryTests.extension;
import static org.leadercontacts.http.PersistedQueryTests.post;
import static org.leadercontacts.http.PersistedQueryTests.sha256;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Trusted-documents mode: only the operations of a manifest (here graphql-codegen's / relay-compiler's
 * {@code {id: text}} format, src/test/resources/persisted/documents.json) run, by id or by their exact text.
 */
@QuarkusTest
@TestProfile(TrustedDocumentsTests.TrustedOnly.class)
class TrustedDocumentsTests {

    static final String TOPIC_COUNT = "query TopicCount { topics { totalCount } }";

    public static class TrustedOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("contacts.persisted-queries.manifest", "src/test/resources/persisted/documents.json",
                    "contacts.persisted-queries.trusted-only", "true");
        }
    }

    @Test
    void theManifestsDocumentsRunByIdOrByText() {
        post(Map.of("extensions", extension(sha256(TOPIC_COUNT))), "application/json").statusCode(200)
                .body("data.topics.totalCount", equalTo(17));
        post(Map.of("documentId", "first-topics", "variables", Map.of("n", 2)), "application/json").statusCode(200)
                .body("data.topics.edges.size()", equalTo(2));
        given().queryParam("documentId", "first-topics").get("/graphql").then().statusCode(200);
        post(Map.of("query", TOPIC_COUNT), "application/json").statusCode(200)
                .body("data.topics.totalCount", equalTo(17));
    }

    @Test
    void anythingElseIsRefusedAndNothingCanBeRegistered() {
        String other = "{ topics { totalCount } }";
        post(Map.of("query", other), "application/json").statusCode(403)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_IN_LIST"));
        post(Map.of("query", other, "extensions", extension(sha256(other))), "application/json").statusCode(403)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_IN_LIST"));
        post(Map.of("extensions", extension(sha256(other))), "application/json").statusCode(200)
                .body("errors[0].extensions.code", equalTo(PersistedQueryHandler.NOT_FOUND));
        post(Map.of("documentId", "no-such-document"), "application/json").statusCode(200)
                .body("errors[0].extensions.code", equalTo(PersistedQueryHandler.NOT_FOUND));
    }

    @Test
    void apollosManifestFormatIsReadToo() throws Exception {
        Path manifest = Files.createTempFile("manifest", ".json");
        Files.writeString(manifest, "{\"format\": \"apollo-persisted-query-manifest\", \"version\": 1, \"operations\": "
                + "[{\"id\": \"abc\", \"name\": \"TopicCount\", \"type\": \"query\", \"body\": \"" + TOPIC_COUNT + "\"}]}");
        assertEquals(Map.of("abc", TOPIC_COUNT), PersistedQueries.read(manifest));
        Files.delete(manifest);
    }
}
