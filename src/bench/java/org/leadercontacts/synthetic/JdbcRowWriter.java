package org.leadercontacts.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.jboss.logging.Logger;

/**
 * Writes rows with JDBC batch inserts, one prepared statement per table, and commits once per
 * chunk, running the tables' batches in foreign-key order. Logs progress about every 5%.
 */
final class JdbcRowWriter implements RowSink, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(JdbcRowWriter.class);

    private final Connection connection;
    private final SyntheticStore.Size size;
    private final Map<SyntheticTable, PreparedStatement> inserts = new EnumMap<>(SyntheticTable.class);
    private final Map<SyntheticTable, Long> rows = new EnumMap<>(SyntheticTable.class);
    private final long started = System.nanoTime();
    private int lastStep = -1;

    JdbcRowWriter(Connection connection, SyntheticStore.Size size) {
        this.connection = connection;
        this.size = size;
    }

    @Override
    public void row(SyntheticTable table, Object... values) {
        try {
            PreparedStatement insert = inserts.get(table);
            if (insert == null) {
                insert = connection.prepareStatement(table.insertSql());
                inserts.put(table, insert);
            }
            for (int i = 0; i < values.length; i++) {
                bind(insert, table, i, values[i]);
            }
            insert.addBatch();
            rows.merge(table, 1L, Long::sum);
        } catch (SQLException e) {
            throw new SyntheticStoreException("Could not insert into " + table.tableName(), e);
        }
    }

    private static void bind(PreparedStatement insert, SyntheticTable table, int index, Object value)
            throws SQLException {
        int position = index + 1;
        if (value == null) {
            insert.setNull(position, table.nullType(index));
        } else if (value instanceof Long number) {
            insert.setLong(position, number);
        } else if (value instanceof Integer number) {
            insert.setInt(position, number);
        } else if (value instanceof Boolean flag) {
            insert.setBoolean(position, flag);
        } else if (value instanceof LocalDate date) {
            insert.setObject(position, date);
        } else {
            insert.setString(position, (String) value);
        }
    }

    @Override
    public void endOfChunk(int conversationsDone, long statementsDone) {
        try {
            for (SyntheticTable table : SyntheticTable.values()) {
                PreparedStatement insert = inserts.get(table);
                if (insert != null) {
                    insert.executeBatch();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new SyntheticStoreException("Could not write a chunk of the synthetic store", e);
        }
        progress(conversationsDone, statementsDone);
    }

    private void progress(int conversationsDone, long statementsDone) {
        boolean byStatements = size.statements() > 0;
        long done = byStatements ? statementsDone : conversationsDone;
        long total = byStatements ? size.statements() : size.conversations();
        int step = total == 0 ? 20 : (int) (done * 20 / total);
        if (step == lastStep || done == 0) {
            return;
        }
        lastStep = step;
        long elapsed = (System.nanoTime() - started) / 1_000_000_000;
        long left = done == 0 ? 0 : Math.round(elapsed * (double) (total - done) / done);
        LOG.infof("Synthetic store: %d/%d %s (%d%%), %d s elapsed, about %d s left", done, total,
                byStatements ? "statements" : "conversations", done * 100 / total, elapsed, left);
    }

    Map<SyntheticTable, Long> rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement insert : inserts.values()) {
            insert.close();
        }
    }
}
