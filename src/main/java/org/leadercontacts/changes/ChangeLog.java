package org.leadercontacts.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

/**
 * The table {@code change_log} (V6__change_log.sql): edits append what they changed in their own transaction, and
 * every replica reads what was committed after the revision it last published. Reads use plain JDBC, so that a
 * publisher needs neither a request context nor a Hibernate session.
 */
@ApplicationScoped
public class ChangeLog {

    private static final String INSERT = "insert into change_log (revision, subject, change_kind, node_id, merged_into, "
            + "conversation_id, leader_ids, changed_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
    private static final String AFTER = "select revision, subject, change_kind, node_id, merged_into, conversation_id, "
            + "leader_ids from change_log where revision > ? and revision <= ? order by revision, id";

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    /** Appends what an edit changed, in the edit's transaction, at the revision it commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(long revision, Collection<Change> changes) {
        Timestamp now = Timestamp.from(Instant.now());
        for (Change change : changes) {
            em.createNativeQuery(INSERT).setParameter(1, revision).setParameter(2, change.subject().name())
                    .setParameter(3, change.kind().name()).setParameter(4, change.nodeId())
                    .setParameter(5, change.mergedInto()).setParameter(6, change.conversationId())
                    .setParameter(7, "," + String.join(",", change.leaderIds()) + ",").setParameter(8, now)
                    .executeUpdate();
        }
    }

    /** The changes committed after revision {@code after}, up to and including {@code upTo}, in commit order. */
    public List<LoggedChange> between(long after, long upTo) throws SQLException {
        List<LoggedChange> changes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(AFTER)) {
            select.setLong(1, after);
            select.setLong(2, upTo);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    changes.add(new LoggedChange(row.getLong(1), new Change(Subject.valueOf(row.getString(2)),
                            ChangeKind.valueOf(row.getString(3)), row.getString(4), row.getString(5), row.getString(6),
                            leaderIds(row.getString(7)))));
                }
            }
        }
        return changes;
    }

    private static Set<String> leaderIds(String column) {
        return Arrays.stream(column.split(",")).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
    }
}
