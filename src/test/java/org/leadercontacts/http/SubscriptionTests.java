package org.leadercontacts.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leadercontacts.GraphQLClient;
import org.leadercontacts.TestStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/**
 * Subscriptions over graphql-transport-ws, with the real graphql-ws client (src/test/browser/subscriptions.mjs):
 * what each filtered subscription hears of a series of edits, the protocol's limits, and an edit committed by
 * another replica sharing the database.
 */
@QuarkusTest
class SubscriptionTests {

    static final String PUTIN = GraphQLClient.id("Leader", "vladimir-putin");
    static final String ASSAD = GraphQLClient.id("Leader", "bashar-al-assad");
    static final String TASS = GraphQLClient.id("SourceDocument", "002_d526b8d3ba075d1c");
    static final String CALL = GraphQLClient.id("Conversation", TestStore.CALL);

    @TestHTTPResource("graphql")
    URL api;

    @Inject
    TestStore store;

    @Inject
    DataSource dataSource;

    @AfterEach
    void restore() {
        store.removeEdits();
    }

    @Test
    void subscribersHearOfEachEditTheirFiltersAccept() throws Exception {
        String token = Jwt.issuer("https://leader-contacts.test").upn("editor@test").groups(Set.of("editor"))
                .expiresIn(300).sign();
        String ids = new ObjectMapper().writeValueAsString(Map.of("putin", PUTIN, "other", ASSAD, "tass", TASS,
                "unknownLeader", GraphQLClient.id("Leader", "no-such-person")));
        JsonNode out = NodeTool.run("subscriptions.mjs", "events", api.toString(), token, ids);
        String first = out.path("first").asText();
        String second = out.path("second").asText();

        // graphql/subscriptions/conversation-changes.graphql, with its variables (Putin's conversations).
        JsonNode ofPutin = out.path("ofPutin");
        assertEquals(List.of("ADDED " + first, "UPDATED " + first, "ADDED " + second, "UPDATED " + first,
                "MERGED " + second, "DELETED " + first), changes(ofPutin.path("data"), "conversationChanged"), out.toString());
        JsonNode events = ofPutin.path("data");
        assertEquals("Live call", events.get(0).at("/conversationChanged/conversation/title").asText());
        assertEquals("Vladimir Putin", events.get(0).at("/conversationChanged/conversation/participants/0/leader/name")
                .asText(), "nested fields resolve in a subscription's answer: " + events.get(0));
        assertEquals("Renamed live call", events.get(1).at("/conversationChanged/conversation/title").asText());
        assertEquals(first, events.get(4).at("/conversationChanged/mergedInto/id").asText(), events.get(4).toString());
        assertTrue(events.get(4).at("/conversationChanged/conversation").isNull(), "a merged one no longer resolves");
        assertTrue(events.get(5).at("/conversationChanged/conversation").isNull(), "a deleted one no longer resolves");
        assertTrue(ofPutin.path("errors").isEmpty(), ofPutin.toString());

        assertEquals(0, out.at("/addedWithOther/data").size(), "a leader who took no part hears nothing: " + out);

        JsonNode statements = out.at("/statements/data");
        assertEquals(List.of("ADDED " + out.path("statement").asText(), "DELETED " + out.path("statement").asText()),
                changes(statements, "statementChanged"), out.toString());
        assertEquals("Putin wished success to the new Syrian leader",
                statements.get(0).at("/statementChanged/statement/text").asText());
        assertEquals("Vladimir Putin", statements.get(0).at("/statementChanged/statement/speaker/name").asText());
        assertEquals(first, statements.get(0).at("/statementChanged/conversation/id").asText());

        JsonNode documents = out.at("/documents/data");
        assertEquals(1, documents.size(), out.toString());
        assertEquals(out.path("document").asText(), documents.get(0).at("/documentAdded/id").asText());
        assertEquals("Live Wire", documents.get(0).at("/documentAdded/publisher").asText());

        JsonNode unknown = out.at("/unknownLeader/errors/0");
        assertEquals("NOT_FOUND", unknown.at("/extensions/code").asText(), out.at("/unknownLeader").toString());
        assertTrue(out.at("/unknownLeader/complete").asBoolean(), "a refused subscription is completed");
    }

    @Test
    void theProtocolsLimitsAndMistakesGetClearAnswers() {
        JsonNode out = NodeTool.run("subscriptions.mjs", "limits", api.toString());
        assertEquals(4408, out.at("/noInit/code").asInt(), "no connection_init within the timeout: " + out);
        assertTrue(out.at("/noInit/afterMs").asLong() < 5000, out.toString());
        assertEquals(4401, out.at("/subscribeBeforeInit/code").asInt(), out.toString());
        assertEquals(4400, out.at("/notJson/code").asInt(), out.toString());
        assertEquals(400, out.at("/legacyProtocol/httpStatus").asInt(), "only graphql-transport-ws is spoken: " + out);
        assertTrue(out.at("/legacyProtocol/error/message").asText().contains("graphql-transport-ws"), out.toString());
        assertEquals(400, out.at("/noProtocol/httpStatus").asInt(), out.toString());
        assertEquals(1009, out.at("/tooBig/code").asInt(), "a message over the size limit: " + out);

        List<JsonNode> refused = new ArrayList<>();
        out.path("tooMany").forEach(errors -> errors.forEach(refused::add));
        assertEquals(1, refused.size(), "the 11th of 10 allowed subscriptions is refused: " + out.path("tooMany"));
        assertEquals("LIMIT_EXCEEDED", refused.get(0).at("/extensions/code").asText(), refused.toString());
        assertEquals("subscriptions", refused.get(0).at("/extensions/limit").asText(), refused.toString());

        assertEquals("LIMIT_EXCEEDED", out.at("/deep/0/extensions/code").asText(), "the query limits apply: " + out);
        assertEquals("GRAPHQL_VALIDATION_FAILED", out.at("/invalid/0/extensions/code").asText(), out.toString());
        assertEquals("OPERATION_NOT_SUPPORTED", out.at("/mutation/0/extensions/code").asText(),
                "mutations go over HTTP, with their token: " + out);
        assertEquals("OPERATION_NOT_SUPPORTED", out.at("/query/errors/0/extensions/code").asText(), out.toString());
        assertEquals("BAD_USER_INPUT", out.at("/wrongType/0/extensions/code").asText(), out.toString());
    }

    @Test
    void anEditCommittedByAnotherReplicaReachesSubscribers() throws Exception {
        String title;
        int version;
        try (Connection connection = dataSource.getConnection(); Statement select = connection.createStatement();
                var row = select.executeQuery("select title, version from conversation where slug = '" + TestStore.CALL
                        + "'")) {
            row.next();
            title = row.getString(1);
            version = row.getInt(2);
        }
        NodeTool.Running subscriber = NodeTool.start("subscriptions.mjs", "wait", api.toString(), "{}", "15000");
        subscriber.awaitReady();
        // What another replica's edit leaves in the shared database: the row, its change log entry and a new revision,
        // in one transaction, without telling this process.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("update conversation set title = 'Retitled elsewhere', version = version + 1 "
                        + "where slug = '" + TestStore.CALL + "'");
                statement.executeUpdate("update store_revision set revision = revision + 1 where id = 1");
            }
            try (PreparedStatement log = connection.prepareStatement("insert into change_log (revision, subject, "
                    + "change_kind, node_id, leader_ids, changed_at) select revision, 'CONVERSATION', 'UPDATED', ?, ?, ? "
                    + "from store_revision where id = 1")) {
                log.setString(1, CALL);
                log.setString(2, "," + PUTIN + ",");
                log.setTimestamp(3, Timestamp.from(Instant.now()));
                log.executeUpdate();
            }
            connection.commit();
        }
        try {
            JsonNode out = subscriber.result();
            assertEquals(List.of("UPDATED " + CALL), changes(out.path("data"), "conversationChanged"), out.toString());
            assertEquals("Retitled elsewhere", out.at("/data/0/conversationChanged/conversation/title").asText());
        } finally {
            store.restoreConversation(TestStore.CALL, title, version);
        }
    }

    private static List<String> changes(JsonNode data, String field) {
        List<String> changes = new ArrayList<>();
        data.forEach(event -> changes.add(event.path(field).path("change").asText() + " " + event.path(field).path("id")
                .asText()));
        return changes;
    }
}
