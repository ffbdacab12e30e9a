package org.leadercontacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leadercontacts.GraphQLClient;
import org.leadercontacts.TestStore;
import org.leadercontacts.store.StoreChanged;
import org.leadercontacts.store.StoreRevision;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Another replica's edit reaches this replica's search index as exactly what it changed: the index updates those
 * entries in place, with no full rebuild (which takes about a minute at a million statements, search unavailable
 * meanwhile). A revision that left no record of what it changed still rebuilds everything. "Another replica" is a
 * raw JDBC transaction that writes what an edit writes (the row, its record, the new revision) without telling
 * this process, which learns of it by polling the revision.
 */
@QuarkusTest
class OtherReplicaEditsTests {

    static final String SLUG = "004-assad-spasibo";
    static final String FIND = "query($text: String!) { search(text: $text, types: [STATEMENT]) { totalCount } }";

    @Inject
    DataSource dataSource;

    @Inject
    SearchIndex searchIndex;

    @Inject
    TestStore store;

    @Inject
    StoreRevision storeRevision;

    private String originalText;

    @AfterEach
    void restore() {
        if (originalText != null) {
            String text = originalText;
            store.commit(() -> store.setStatementText(SLUG, text));
        }
    }

    @Test
    void anotherReplicasEditUpdatesTheIndexInPlace() throws Exception {
        SearchIndex.Status before = awaitIdle();
        long id;
        try (Connection connection = dataSource.getConnection(); Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("select id, text from statement where slug = '" + SLUG + "'")) {
            row.next();
            id = row.getLong(1);
            originalText = row.getString(2);
        }
        GraphQLClient.graphql(FIND, Map.of("text", "Qwertzuiop")).body("data.search.totalCount",
                org.hamcrest.Matchers.equalTo(0));

        commitElsewhere("update statement set text = 'Qwertzuiop was said' where id = " + id,
                new StoreChanged(false, Set.of(id), Set.of(), Set.of(), Set.of(), Set.of(), -1).encodeIds());

        awaitFound("Qwertzuiop", 1);
        SearchIndex.Status after = searchIndex.status();
        assertEquals(before.fullBuilds(), after.fullBuilds(), "no full rebuild");
        assertEquals(before.entriesUpdated() + 1, after.entriesUpdated(), "the one statement was updated in place");
    }

    @Test
    void aRevisionWithoutARecordRebuildsEverything() throws Exception {
        SearchIndex.Status before = awaitIdle();
        commitElsewhere("update statement set version = version where slug = '" + SLUG + "'", null);
        long deadline = System.currentTimeMillis() + 15_000;
        while (searchIndex.status().fullBuilds() == before.fullBuilds() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(searchIndex.status().fullBuilds() > before.fullBuilds(), "an unknown change rebuilds the index");
    }

    /** The index once no build is under way and it reflects the revision served (an earlier test's restore). */
    private SearchIndex.Status awaitIdle() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        SearchIndex.Status status = searchIndex.status();
        while (!(status.ready() && status.percentBuilt() == null && status.revision() == storeRevision.current())
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            status = searchIndex.status();
        }
        assertTrue(status.ready() && status.percentBuilt() == null, "the index settles: " + status);
        return status;
    }

    /** One transaction, as another replica's edit: the change, its record (if any) and the next revision. */
    private void commitElsewhere(String change, String record) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(change);
                statement.executeUpdate("update store_revision set revision = revision + 1 where id = 1");
            }
            if (record != null) {
                try (PreparedStatement insert = connection.prepareStatement("insert into store_change (revision, "
                        + "change_ids, changed_at) select revision, ?, ? from store_revision where id = 1")) {
                    insert.setString(1, record);
                    insert.setTimestamp(2, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                }
            }
            connection.commit();
        }
    }

    private static void awaitFound(String text, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            Integer total = GraphQLClient.graphql(FIND, Map.of("text", text)).extract().path("data.search.totalCount");
            if (total != null && total == count) {
                return;
            }
            Thread.sleep(100);
        }
        GraphQLClient.graphql(FIND, Map.of("text", text)).body("data.search.totalCount", org.hamcrest.Matchers.equalTo(count));
    }
}
