package org.leadercontacts.live;

import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.leadercontacts.changes.ChangeLog;
import org.leadercontacts.changes.LoggedChange;
import org.leadercontacts.store.StoreChanged;
import org.leadercontacts.store.StoreRevision;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Publishes the change log to this process's subscribers, in commit order, each change once. It reads the log up to
 * the revision this process serves: at once after an edit made here, and after the store poll for an edit made on
 * another replica ({@link StoreRevision}), so subscribers hear of every edit whichever replica made it.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);

    @Inject
    ChangeLog log;

    @Inject
    ChangeLoader loader;

    @Inject
    StoreRevision storeRevision;

    private final BroadcastProcessor<LiveChange> processor = BroadcastProcessor.create();

    /** The revision up to which changes were published; -1 until the store is first seen (nothing earlier is replayed). */
    private long published = -1;

    void onStoreChanged(@Observes StoreChanged change) {
        if (change.revision() >= 0) {
            publishUpTo(change.revision(), change.revision() - 1);
        } else {
            publishUpTo(storeRevision.current(), -1);
        }
    }

    /** Catches up with revisions the store poll advanced to (another replica's edits). */
    @Scheduled(every = "${contacts.store.poll-interval:1s}", delayed = "${contacts.store.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void catchUp() {
        publishUpTo(storeRevision.current(), -1);
    }

    /**
     * Publishes the changes committed up to {@code revision}. The first call sets where publishing starts: just
     * before {@code revision} for an edit made here ({@code before}), else at the revision committed now, since
     * nothing before the process started is replayed.
     */
    private synchronized void publishUpTo(long revision, long before) {
        if (published < 0) {
            try {
                published = before >= 0 ? before : storeRevision.committed();
            } catch (SQLException e) {
                LOG.warnf("Could not read the store's revision; the change feed starts at the next poll: %s", e);
                return;
            }
        }
        if (revision <= published) {
            return;
        }
        List<LiveChange> changes;
        try {
            List<LoggedChange> logged = log.between(published, revision);
            changes = logged.isEmpty() ? List.of() : loader.load(logged);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Could not read the change log after revision %d; retrying at the next poll: %s", published, e);
            return;
        }
        published = revision;
        changes.forEach(processor::onNext);
    }

    /** The changes published from now on, on the caller's subscription. */
    Multi<LiveChange> changes() {
        return processor;
    }
}
