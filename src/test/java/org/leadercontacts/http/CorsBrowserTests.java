package org.leadercontacts.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Headless Chromium opens a page on another port and calls the API with fetch (src/test/browser/cors.mjs): from
 * an allowed origin every call gets through, preflighted POSTs, GETs, answers from the response cache, a 304
 * revalidation, errors and a 401; from an origin not on the list the browser blocks every one.
 */
@QuarkusTest
@TestProfile(CorsTests.AllowList.class)
class CorsBrowserTests {

    /** The API's own URL, with the port the test server really listens on. */
    @TestHTTPResource("graphql")
    URL api;

    @Test
    void aFrontEndOnAnAllowedOriginCallsTheApiAndOthersAreBlocked() {
        // 127.0.0.1 on any port is allowed (CorsTests.AllowList); the same page as localhost is another origin.
        JsonNode result = NodeTool.run("cors.mjs", api.toString(), "127.0.0.1", "localhost");

        JsonNode allowed = result.path("allowed");
        List<String> names = new ArrayList<>();
        for (JsonNode call : allowed.path("calls")) {
            String name = call.path("name").asText();
            names.add(name);
            assertTrue(call.path("error").isMissingNode(), name + " was blocked: " + call + ", console: "
                    + allowed.path("console"));
            assertTrue(call.path("requestId").asText().length() > 0, name + ": X-Request-Id readable: " + call);
        }
        assertEquals(8, names.size(), "calls made: " + names);
        JsonNode[] calls = new JsonNode[8];
        for (int i = 0; i < 8; i++) {
            calls[i] = allowed.path("calls").get(i);
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(200, calls[i].path("status").asInt(), calls[i].toString());
            assertEquals(17, calls[i].at("/body/data/topics/totalCount").asInt(), calls[i].toString());
        }
        for (int i = 2; i < 6; i++) {
            assertEquals(200, calls[i].path("status").asInt(), calls[i].toString());
            assertEquals(17, calls[i].at("/body/data/topics/totalCount").asInt(), calls[i].toString());
        }
        assertEquals("GRAPHQL_VALIDATION_FAILED", calls[6].at("/body/errors/0/extensions/code").asText());
        assertEquals(401, calls[7].path("status").asInt());
        assertEquals("UNAUTHENTICATED", calls[7].at("/body/errors/0/extensions/code").asText());
        // Chromium's network layer saw the preflights answered and the revalidation answered 304.
        List<String> network = new ArrayList<>();
        for (JsonNode response : allowed.path("network")) {
            network.add(response.path("method").asText() + " " + response.path("status").asInt());
            assertEquals(allowed.path("origin").asText(), response.path("allowOrigin").asText(),
                    "every answer allows the page's origin: " + response);
        }
        assertTrue(network.contains("GET 304"), "the revalidation was answered 304: " + network);
        assertTrue(network.contains("OPTIONS 200"), "a preflight was answered: " + network);

        JsonNode refused = result.path("refused");
        assertEquals(8, refused.path("calls").size());
        for (JsonNode call : refused.path("calls")) {
            assertEquals("TypeError: Failed to fetch", call.path("error").asText(),
                    call.path("name").asText() + " from " + refused.path("origin").asText() + " must be blocked: " + call);
        }
        assertTrue(refused.path("console").toString().contains("CORS policy"),
                "Chromium names CORS as the reason: " + refused.path("console"));
    }
}
