package org.leadercontacts.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * The store's revision: a number that every change to the store increments in the same transaction
 * (see {@code V4__store_revision.sql}). HTTP ETags and the response cache are keyed by it, so a cached
 * answer is valid exactly as long as the data behind it. Replicas sharing a database poll it, and
 * learn of each other's edits within {@code contacts.store.poll-interval}.
 */
@ApplicationScoped
public class StoreRevision {

    private static final Logger LOG = Logger.getLogger(StoreRevision.class);
    private static final String REVISION = "select revision from store_revision where id = 1";

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    Event<StoreChanged> changed;

    @Inject
    StoreChangeLog changeLog;

    private volatile long current = -1;
    /** Revisions this process wrote, so that polling does not mistake them for another replica's. */
    private final Set<Long> written = ConcurrentHashMap.newKeySet();

    /**
     * Increments the revision inside the caller's transaction; the new revision becomes visible to
     * others when that transaction commits. A fresh store starts from the clock, so revisions of two
     * embedded stores (before and after a restart) never coincide.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long bump() {
        em.createNativeQuery("update store_revision set revision = case when revision = 0 then ?1 "
                + "else revision + 1 end where id = 1").setParameter(1, System.currentTimeMillis()).executeUpdate();
        long revision = read();
        written.add(revision);
        return revision;
    }

    void onChanged(@Observes StoreChanged change) {
        refresh();
    }

    @Transactional
    public void refresh() {
        advance(read());
    }

    /**
     * Plain JDBC, outside Hibernate: a cheap read that never shows up in the ORM's statistics. Skipped while
     * the application stops: the datasource may already be gone, and a poll then only logged a failure.
     */
    @Scheduled(every = "${contacts.store.poll-interval:1s}", delayed = "${contacts.store.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() throws SQLException {
        if (current >= 0) {
            advance(committed());
        }
    }

    /** The revision committed in the store now; this process serves it once a poll or an edit here has seen it. */
    public long committed() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet row = connection.createStatement().executeQuery(REVISION)) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Serves {@code latest} from now on. If any revision since the last one seen was written elsewhere, derived
     * state is rebuilt, even when this process wrote the latest: its own edit says nothing of another's before it.
     */
    private void advance(long latest) {
        long seen;
        boolean elsewhere;
        synchronized (this) {
            seen = current;
            if (latest <= seen) {
                return;
            }
            current = latest;
            elsewhere = seen >= 0 && !wroteAll(seen + 1, latest);
            written.removeIf(revision -> revision <= latest);
        }
        if (elsewhere) {
            StoreChanged change = changesBetween(seen, latest);
            LOG.infof("The store changed elsewhere (revision %d → %d); %s", seen, latest,
                    change.everything() ? "rebuilding derived state" : "updating derived state with what changed");
            changed.fire(change);
        }
    }

    private StoreChanged changesBetween(long seen, long latest) {
        try {
            return changeLog.between(seen, latest);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Could not read what changed (revision %d → %d); rebuilding: %s", seen, latest, e);
            return StoreChanged.anything();
        }
    }

    private boolean wroteAll(long from, long to) {
        return to - from < written.size() && LongStream.rangeClosed(from, to).allMatch(written::contains);
    }

    private long read() {
        return ((Number) em.createNativeQuery(REVISION).getSingleResult())
                .longValue();
    }

    /** The revision of the data this process serves; -1 before the store is seeded. */
    public long current() {
        return current;
    }
}
