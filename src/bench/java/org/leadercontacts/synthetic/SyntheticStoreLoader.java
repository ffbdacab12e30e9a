package org.leadercontacts.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.leadercontacts.seed.StartupLoad;
import org.leadercontacts.synthetic.SyntheticStore.KnownLeader;
import org.leadercontacts.synthetic.SyntheticStore.Size;

/**
 * Loads the configured synthetic store into the database after seeding, once: a store that already
 * holds it (PostgreSQL, an H2 file) is left alone, and one that holds a synthetic store of other
 * parameters stops startup. Replicas serialize on the {@code seed_lock} row, which one connection
 * holds for the whole load while another writes and commits chunk by chunk.
 */
@ApplicationScoped
public class SyntheticStoreLoader implements StartupLoad {

    private static final Logger LOG = Logger.getLogger(SyntheticStoreLoader.class);

    @Inject
    SyntheticStoreConfig config;

    @Inject
    DataSource dataSource;

    /** Loads the configured synthetic store unless it is there already; returns the documents added (one per conversation). */
    @Override
    public int loadIfConfigured() {
        return load(config.size());
    }

    /** Loads the synthetic store of {@code size} unless it is there already; returns the documents added. */
    int load(Size size) {
        if (size.conversations() == 0) {
            return 0;
        }
        try (Connection lock = dataSource.getConnection(); Connection write = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.executeQuery("select id from seed_lock where id = 1 for update").close();
            }
            Optional<Marker> present = marker(lock);
            if (present.isPresent()) {
                Marker marker = present.get();
                if (!marker.size().equals(size)) {
                    throw new SyntheticStoreException("The store holds a synthetic store of " + describe(marker.size())
                            + ", but contacts.synthetic.* asks for " + describe(size)
                            + ". Configure the same parameters, or load into an empty database.");
                }
                if (!marker.complete()) {
                    throw new SyntheticStoreException("A load of the synthetic store (" + describe(size)
                            + ") was interrupted. Drop the database (or delete the H2 file) and start again.");
                }
                LOG.infof("Store already holds the synthetic store (%s); nothing to load", describe(size));
                lock.commit();
                return 0;
            }
            write(write, size);
            lock.commit();
            return size.conversations();
        } catch (SQLException e) {
            throw new SyntheticStoreException("Could not load the synthetic store", e);
        }
    }

    private void write(Connection write, Size size) throws SQLException {
        write.setAutoCommit(false);
        try (PreparedStatement insert = write.prepareStatement("insert into synthetic_store "
                + "(id, seed, conversations, statements_per_conversation, complete) values (1, ?, ?, ?, false)")) {
            insert.setLong(1, size.seed());
            insert.setInt(2, size.conversations());
            insert.setInt(3, size.statementsPerConversation());
            insert.executeUpdate();
        }
        write.commit();
        LOG.infof("Loading the synthetic store: %s", describe(size));
        long started = System.nanoTime();
        RowChecksum checksum = new RowChecksum();
        try (JdbcRowWriter writer = new JdbcRowWriter(write, size)) {
            SyntheticStore.generate(size, existing(write), new RowSink() {
                @Override
                public void row(SyntheticTable table, Object... values) {
                    checksum.row(table, values);
                    writer.row(table, values);
                }

                @Override
                public void endOfChunk(int conversationsDone, long statementsDone) {
                    writer.endOfChunk(conversationsDone, statementsDone);
                }
            });
            moveSequencesPastSyntheticIds(write);
            try (Statement analyze = write.createStatement()) {
                // Fresh statistics, so the planner sees the tables' real sizes right away.
                analyze.execute("analyze");
            }
            try (Statement complete = write.createStatement()) {
                complete.executeUpdate("update synthetic_store set complete = true where id = 1");
            }
            write.commit();
            LOG.infof("Loaded the synthetic store in %d s: %s; rows checksum %s", (System.nanoTime() - started)
                    / 1_000_000_000, writer.rows().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()
                            .tableName()).collect(Collectors.joining(", ")), checksum.hex());
        }
    }

    /**
     * Hibernate's pooled optimizer hands out the 50 ids below each value it draws, so every sequence
     * must restart at least 50 past the highest id. Before the load all sequences were far below
     * {@link SyntheticStore#FIRST_ID}, so this only ever moves them forward.
     */
    private static void moveSequencesPastSyntheticIds(Connection connection) throws SQLException {
        for (SyntheticTable table : SyntheticTable.values()) {
            if (!table.hasSequence()) {
                continue;
            }
            long max;
            try (Statement query = connection.createStatement();
                    ResultSet result = query.executeQuery("select max(id) from " + table.tableName())) {
                result.next();
                max = result.getLong(1);
            }
            try (Statement alter = connection.createStatement()) {
                alter.execute("alter sequence " + table.tableName() + "_seq restart with " + (max + 100));
            }
        }
    }

    /** The real leaders, most active in real conversations first, the country codes and the real topics. */
    static SyntheticStore.Existing existing(Connection connection) throws SQLException {
        List<KnownLeader> leaders = new ArrayList<>();
        try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(
                "select l.id, l.name from leader l where l.slug not like 'syn-%' order by "
                        + "(select count(*) from participation p where p.leader_id = l.id and p.id < " + SyntheticStore.FIRST_ID
                        + ") desc, l.slug")) {
            while (rows.next()) {
                leaders.add(new KnownLeader(rows.getLong(1), rows.getString(2)));
            }
        }
        return new SyntheticStore.Existing(leaders, strings(connection, "select code from country order by code"),
                longs(connection, "select id from topic where slug not like 'syn-%' order by slug"));
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static List<Long> longs(Connection connection, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    private record Marker(Size size, boolean complete) {
    }

    private static Optional<Marker> marker(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "select seed, conversations, statements_per_conversation, complete from synthetic_store")) {
            return row.next() ? Optional.of(new Marker(new Size(row.getLong(1), row.getInt(2), row.getInt(3)),
                    row.getBoolean(4))) : Optional.empty();
        }
    }

    static String describe(Size size) {
        return Map.of("seed", size.seed(), "conversations", size.conversations(), "statements-per-conversation",
                size.statementsPerConversation()).entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
