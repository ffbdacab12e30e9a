package org.leadercontacts.search;

import static org.leadercontacts.search.IndexSource.CONVERSATION_ID;
import static org.leadercontacts.search.IndexSource.ID;
import static org.leadercontacts.search.IndexSource.SPEAKER_ID;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.jboss.logging.Logger;
import org.leadercontacts.store.StoreChanged;
import org.leadercontacts.store.StoreRevision;

/**
 * A Lucene full-text index over statements, documents and leaders' names, on disk (memory-mapped),
 * so that its size does not count against the heap. Ranking is BM25 with English stemming;
 * snippets come from Lucene's unified highlighter over the hits' texts, read from the store.
 *
 * <p>One background thread ("search-indexer") writes the index. Seeding asks for a full build into
 * a new directory, streamed from the store in batches, while searches keep using the previous
 * generation; edits replace only the entries they touched.
 *
 * <p>The index knows the store revision it reflects ({@link IndexedRevision}). A search is answered only by an
 * index at or past the revision this replica serves ({@link StoreRevision#current()}), so that no answer, nor
 * the response cache and ETags keyed by that revision, holds search results older than the rest of the data.
 * Until the index gets there (the first build; a rebuild after another replica's edit), searches wait up to
 * {@code contacts.search.ready-wait}, then fail with SEARCH_UNAVAILABLE.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    /** How long an edit waits for its index update, so that the editor's next search sees it. */
    private static final Duration UPDATE_WAIT = Duration.ofSeconds(5);
    /** How long after a failed build a search may ask for another. */
    private static final Duration RETRY_FAILED_BUILD = Duration.ofSeconds(10);
    /** A bigger buffer while building makes fewer, larger segments; afterwards the default. */
    private static final double BUILD_RAM_BUFFER_MB = 32;
    /** Below this many entries a build is quick and logs no progress. */
    private static final long PROGRESS_LOG_THRESHOLD = 50_000;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final AtomicLong generations = new AtomicLong();
    private final AtomicLong fullBuilds = new AtomicLong();
    private final AtomicLong entriesUpdated = new AtomicLong();
    private final Object readiness = new Object();
    private final IndexedRevision revision = new IndexedRevision();
    /** A full build is queued and has not started: another request for one is already served by it. */
    private final AtomicBoolean buildQueued = new AtomicBoolean();
    private ExecutorService indexer;
    private volatile Generation current;
    private volatile Progress building;
    private volatile String failure;
    private volatile long failedAt;
    private volatile boolean closing;
    // Touched only by the indexer thread (and at shutdown, after it stopped).
    private Path root;
    private boolean temporaryRoot;
    private FSDirectory rootDirectory;
    private Lock rootLock;

    @Inject
    IndexSource source;

    @Inject
    SearchConfig config;

    @Inject
    StoreRevision storeRevision;

    /** One full build and the edits applied to it since; searchers over it stay valid while a newer one is built. */
    private record Generation(long number, Path path, FSDirectory directory, IndexWriter writer,
            SearcherManager searchers) {

        void close() {
            IOUtils.closeWhileHandlingException(searchers);
            try {
                writer.rollback();
            } catch (IOException | RuntimeException e) {
                LOG.debugf(e, "Closing search index generation %d", number);
            }
            IOUtils.closeWhileHandlingException(directory);
            try {
                IOUtils.rm(path);
            } catch (IOException e) {
                LOG.warnf("Cannot delete the old search index %s: %s", path, e.getMessage());
            }
        }
    }

    /** A build under way. Only the indexer thread advances it. */
    private static final class Progress {
        final long total;
        volatile long done;
        int nextTenth = 1;

        Progress(long total) {
            this.total = total;
        }

        void advance() {
            done++;
            if (total >= PROGRESS_LOG_THRESHOLD && done * 10 >= nextTenth * total) {
                LOG.infof("Search index: %d/%d entries (%d%%)", done, total, percent());
                nextTenth++;
            }
        }

        int percent() {
            return total == 0 ? 100 : (int) (done * 100 / total);
        }
    }

    /** What the readiness check reports. */
    public record Status(boolean ready, long generation, long revision, long fullBuilds, long entriesUpdated,
            Integer percentBuilt, String failure) {
    }

    @PostConstruct
    void start() {
        indexer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "search-indexer");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        closing = true;
        indexer.shutdown();
        try {
            if (!indexer.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The search indexer did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Generation last = current;
        current = null;
        if (last != null) {
            last.close();
        }
        IOUtils.closeWhileHandlingException(rootLock, rootDirectory);
        if (temporaryRoot) {
            try {
                IOUtils.rm(root);
            } catch (IOException e) {
                LOG.warnf("Cannot delete the search index directory %s: %s", root, e.getMessage());
            }
        }
    }

    /**
     * Seeding (or another replica's edit) rebuilds in the background; an edit updates its entries and waits
     * (briefly) until they are searchable.
     */
    void onStoreChanged(@Observes StoreChanged change) {
        try {
            if (change.everything()) {
                requestBuild();
            } else if (!change.isEmpty()) {
                await(indexer.submit(() -> update(change)), UPDATE_WAIT);
            } else if (change.revision() >= 0) {
                revision.applied(change.revision());
                progressed();
            }
        } catch (RejectedExecutionException e) {
            LOG.debug("Shutting down: the search index is no longer updated");
        }
    }

    /** A full build in the background, unless one is queued already: it will read the store as it is then. */
    private void requestBuild() {
        if (buildQueued.compareAndSet(false, true)) {
            indexer.execute(() -> {
                buildQueued.set(false);
                build();
            });
        }
    }

    /** Rebuilds the whole index from the store and waits for it. */
    public void rebuild() {
        await(indexer.submit(this::build), Duration.ofDays(1));
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    public Status status() {
        Generation generation = current;
        Progress progress = building;
        return new Status(generation != null, generation == null ? 0 : generation.number(), revision.get(),
                fullBuilds.get(), entriesUpdated.get(), progress == null ? null : progress.percent(), failure);
    }

    private static void await(Future<?> task, Duration wait) {
        try {
            task.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warnf("The search index is busy; this change becomes searchable when it is applied");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.error("Search index task failed", e.getCause());
        }
    }

    private void build() {
        if (closing) {
            return;
        }
        long started = System.nanoTime();
        long number = generations.incrementAndGet();
        Path path = null;
        FSDirectory directory = null;
        IndexWriter writer = null;
        try {
            long read = source.revision();
            path = root().resolve("generation-" + number);
            directory = IndexDirectories.open(path);
            IndexWriter output = writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(OpenMode.CREATE).setRAMBufferSizeMB(BUILD_RAM_BUFFER_MB));
            Progress progress = building = new Progress(source.count());
            source.all(config.batchSize(), document -> {
                if (closing) {
                    throw new IOException("shutting down");
                }
                output.addDocument(document);
                progress.advance();
            });
            writer.getConfig().setRAMBufferSizeMB(IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB);
            Generation fresh = new Generation(number, path, directory, writer, new SearcherManager(writer, null));
            Generation previous = current;
            current = fresh;
            revision.built(read);
            failure = null;
            fullBuilds.incrementAndGet();
            if (previous != null) {
                previous.close();
            }
            LOG.infof("Search index built: %d entries in %d ms (%s)", progress.done,
                    (System.nanoTime() - started) / 1_000_000, path);
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException ignored) {
                    // already failing
                }
            }
            IOUtils.closeWhileHandlingException(directory);
            if (!closing) {
                failure = "the search index could not be built (" + e.getMessage() + ")";
                failedAt = System.nanoTime();
                LOG.error("Cannot build the search index", e);
            }
        } finally {
            building = null;
            progressed();
        }
    }

    /** Wakes the searches waiting for the index to be built or to catch up. */
    private void progressed() {
        synchronized (readiness) {
            readiness.notifyAll();
        }
    }

    /** The directory generations are built in: the configured one (locked against other processes), or a temporary one. */
    private Path root() throws IOException {
        if (root != null) {
            return root;
        }
        Path directory;
        if (config.indexDir().isPresent()) {
            directory = Path.of(config.indexDir().get()).toAbsolutePath();
            Files.createDirectories(directory);
            FSDirectory owner = IndexDirectories.open(directory);
            try {
                rootLock = owner.obtainLock("owner.lock");
            } catch (LockObtainFailedException e) {
                owner.close();
                throw new IOException(directory + " is in use by another process; give each replica its own "
                        + "contacts.search.index-dir", e);
            }
            rootDirectory = owner;
            // Left over from an earlier run of this process (a container restart keeps an emptyDir).
            try (DirectoryStream<Path> stale = Files.newDirectoryStream(directory, "generation-*")) {
                for (Path old : stale) {
                    IOUtils.rm(old);
                }
            }
        } else {
            directory = Files.createTempDirectory("leader-contacts-search-");
            temporaryRoot = true;
        }
        LOG.infof("Search index directory: %s", directory);
        return root = directory;
    }

    /** Replaces the entries a change names in the current generation, then makes them searchable. */
    private void update(StoreChanged change) {
        Generation generation = current;
        if (generation == null) {
            // No index yet: the build under way (or the next one) reads the store as it is now.
            return;
        }
        try {
            IndexWriter writer = generation.writer();
            long touched = replace(writer, SearchHitType.STATEMENT, change.statements(),
                    source.statements(change.statements()))
                    + replace(writer, SearchHitType.DOCUMENT, change.documents(), source.documents(change.documents()))
                    + replace(writer, SearchHitType.LEADER, change.leaders(), source.leaders(change.leaders()))
                    + replaceStatementsOf(writer, SPEAKER_ID, "s.speakerId", change.statementsOfLeaders())
                    + replaceStatementsOf(writer, CONVERSATION_ID, "s.conversationId",
                            change.statementsOfConversations());
            generation.searchers().maybeRefreshBlocking();
            if (change.revision() >= 0) {
                revision.applied(change.revision());
            }
            progressed();
            entriesUpdated.addAndGet(touched);
            LOG.debugf("Search index: %d entries updated", touched);
        } catch (IOException | RuntimeException e) {
            LOG.error("Cannot update the search index; rebuilding it", e);
            build();
        }
    }

    private static int replace(IndexWriter writer, SearchHitType type, Set<Long> ids, Map<Long, Document> entries)
            throws IOException {
        for (Long id : ids) {
            Document entry = entries.get(id);
            if (entry == null) {
                writer.deleteDocuments(IndexSource.key(type, id));
            } else {
                writer.updateDocument(IndexSource.key(type, id), entry);
            }
        }
        return ids.size();
    }

    /** Replaces all statements whose {@code field} is one of {@code ids} with what the store now holds. */
    private long replaceStatementsOf(IndexWriter writer, String field, String path, Set<Long> ids) throws IOException {
        if (ids.isEmpty()) {
            return 0;
        }
        writer.deleteDocuments(ids.stream().map(id -> new Term(field, id.toString())).toArray(Term[]::new));
        long[] added = { 0 };
        source.statementsWhere(path, ids, config.batchSize(), entry -> {
            writer.updateDocument(new Term(ID, entry.get(ID)), entry);
            added[0]++;
        });
        return ids.size() + added[0];
    }

    /**
     * The current generation, once it reflects the store revision this replica serves. Before the first build, or
     * while the index catches up with a change, waits for it (bounded), then fails with a clear error.
     */
    private Generation awaitCurrent() {
        long wanted = storeRevision.current();
        Generation generation = current;
        if (generation != null && revision.reached(wanted)) {
            return generation;
        }
        long deadline = System.nanoTime() + config.readyWait().toNanos();
        synchronized (readiness) {
            while (((generation = current) == null || !revision.reached(wanted)) && failure == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(readiness, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (generation != null && revision.reached(wanted)) {
            return generation;
        }
        if (failure != null) {
            // Nothing else retries a failed build (the next change would); searches do, now and then.
            if (System.nanoTime() - failedAt > RETRY_FAILED_BUILD.toNanos()) {
                requestBuild();
            }
            throw new SearchUnavailableException("Search is unavailable: " + failure + ". Other queries still work.");
        }
        Progress progress = building;
        String done = progress == null ? "" : " (" + progress.percent() + "% done)";
        if (generation == null) {
            throw new SearchUnavailableException("The search index is still being built" + done
                    + "; search again in a few seconds. Other queries already work.");
        }
        throw new SearchUnavailableException("The search index is catching up with a change to the data (revision "
                + wanted + ", the index has " + revision.get() + ")" + done
                + "; search again in a few seconds. Other queries already work.");
    }

    /** The analyzer the index is built with, which queries and snippets must use too. */
    Analyzer analyzer() {
        return analyzer;
    }

    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /**
     * Runs {@code work} on a searcher of the index as current as the revision this process serves, waiting
     * (bounded) while it catches up; fails with SearchUnavailableException if it cannot.
     */
    <T> T withSearcher(SearcherWork<T> work) {
        while (true) {
            Generation generation = awaitCurrent();
            IndexSearcher searcher;
            try {
                searcher = generation.searchers().acquire();
            } catch (AlreadyClosedException e) {
                if (current == generation) {
                    throw e;
                }
                continue; // replaced by a newer generation meanwhile
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return work.apply(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    generation.searchers().release(searcher);
                } catch (IOException e) {
                    LOG.debug("Releasing a searcher", e);
                }
            }
        }
    }

    /** The names leaders are found by, for these leaders only. */
    Map<Long, String> leaderNames(Collection<Long> ids) {
        return source.leaderNames(ids);
    }
}
