package org.leadercontacts.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Apollo Client 4 with its real {@code PersistedQueryLink} (src/test/browser/apq.mjs), over POST and over GET
 * ({@code useGETForHashedQueries}): the first request sends only the hash and is asked for the text, the retry
 * sends both, and from then on the hash alone is answered (over GET, with public cache headers).
 */
@QuarkusTest
class ApolloPersistedQueryTests {

    @TestHTTPResource("graphql")
    URL api;

    @Test
    void apolloClientsPersistedQueryLinkWorksOverPostAndGet() {
        JsonNode scenarios = NodeTool.run("apq.mjs", api.toString());
        for (String name : new String[] { "post", "get" }) {
            JsonNode scenario = scenarios.path(name);
            int first = name.equals("get") ? 3 : 2;
            assertEquals(3, scenario.path("results").size(), name + ": " + scenario);
            for (JsonNode result : scenario.path("results")) {
                assertTrue(result.path("error").isNull(), name + ": " + result);
                assertEquals(17, result.path("totalCount").asInt(), name + ": " + result);
                assertEquals(first, result.path("names").asInt(), name + ": " + result);
            }
            JsonNode sent = scenario.path("sent");
            assertEquals(4, sent.size(), name + ": one retry with the text, then the hash alone: " + sent);
            String method = name.equals("get") ? "GET" : "POST";
            assertEquals(method, sent.get(0).path("method").asText(), sent.toString());
            assertFalse(sent.get(0).path("withQuery").asBoolean(), "the first sends only the hash: " + sent);
            assertTrue(sent.get(0).path("withHash").asBoolean(), sent.toString());
            assertTrue(sent.get(0).path("cacheControl").asText().contains("no-cache"),
                    "a not-found answer is never cached: " + sent);
            assertEquals("POST", sent.get(1).path("method").asText(), "the retry posts the text: " + sent);
            assertTrue(sent.get(1).path("withQuery").asBoolean() && sent.get(1).path("withHash").asBoolean(),
                    sent.toString());
            for (int i = 2; i < 4; i++) {
                assertEquals(method, sent.get(i).path("method").asText(), sent.toString());
                assertFalse(sent.get(i).path("withQuery").asBoolean(), "then the hash alone: " + sent);
                assertEquals(200, sent.get(i).path("status").asInt(), sent.toString());
            }
            if (name.equals("get")) {
                assertEquals("public, max-age=60", sent.get(3).path("cacheControl").asText(),
                        "a GET by hash is cacheable by CDNs and browsers: " + sent);
            }
        }
    }
}
