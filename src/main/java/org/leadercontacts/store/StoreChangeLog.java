package org.leadercontacts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;

/**
 * The table {@code store_change} (V6__change_log.sql): what each edit changed for derived state, by revision. A
 * replica that learns of other replicas' edits ({@link StoreRevision}) updates its search index with exactly those
 * changes, rather than rebuilding it (about a minute at a million statements, with search unavailable meanwhile).
 */
@ApplicationScoped
public class StoreChangeLog {

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "contacts.change-log.retention", defaultValue = "1h")
    Duration retention;

    /** Records {@code change}, in the edit's transaction, at the revision it commits ({@link StoreChanged#revision()}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(StoreChanged change) {
        em.createNativeQuery("insert into store_change (revision, change_ids, changed_at) values (?1, ?2, ?3)")
                .setParameter(1, change.revision()).setParameter(2, change.encodeIds())
                .setParameter(3, Timestamp.from(Instant.now())).executeUpdate();
    }

    /**
     * What changed after revision {@code seen} up to {@code latest}, as one change; anything, if a revision in
     * between has no record (seeding, or a record already pruned).
     */
    StoreChanged between(long seen, long latest) throws SQLException {
        StoreChanged merged = null;
        long expected = seen + 1;
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select revision, change_ids from store_change where revision > ? and revision <= ? order by revision")) {
            select.setLong(1, seen);
            select.setLong(2, latest);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (row.getLong(1) != expected) {
                        return StoreChanged.anything();
                    }
                    StoreChanged change = StoreChanged.decodeIds(row.getString(2), expected);
                    merged = merged == null ? change : merged.and(change);
                    expected++;
                }
            }
        }
        return merged == null || expected != latest + 1 ? StoreChanged.anything() : merged;
    }

    /**
     * Rows every replica has long read (replicas poll every second or so), in both change tables of
     * V6__change_log.sql: this one, and the subscribers' {@code change_log}.
     */
    @Scheduled(every = "${contacts.change-log.prune-interval:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void prune() throws SQLException {
        Timestamp before = Timestamp.from(Instant.now().minus(retention));
        try (Connection connection = dataSource.getConnection()) {
            for (String table : new String[] { "store_change", "change_log" }) {
                try (PreparedStatement delete = connection.prepareStatement("delete from " + table
                        + " where changed_at < ?")) {
                    delete.setTimestamp(1, before);
                    delete.executeUpdate();
                }
            }
        }
    }
}
