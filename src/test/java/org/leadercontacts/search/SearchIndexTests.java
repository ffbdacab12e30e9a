package org.leadercontacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.inject.Vetoed;

import org.apache.lucene.document.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadercontacts.store.StoreChanged;
import org.leadercontacts.store.StoreRevision;

/** The index's life cycle against a fake store: readiness, its directory, updates in place, and paging. */
class SearchIndexTests {

    @TempDir
    Path temp;

    private final List<SearchIndex> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(SearchIndex::stop);
    }

    @Test
    void aSearchBeforeTheFirstBuildWaitsBrieflyThenFailsClearly() throws Exception {
        FakeStore store = new FakeStore(statements(3, "alpha"));
        CountDownLatch release = new CountDownLatch(1);
        store.blockBuildsUntil = release;
        SearchIndex index = index(store, Optional.empty(), Duration.ofMillis(300));
        index.onStoreChanged(StoreChanged.anything());

        long before = System.nanoTime();
        SearchUnavailableException error = assertThrows(SearchUnavailableException.class,
                () -> queries(index).search("alpha", EnumSet.allOf(SearchHitType.class), 10, null));
        long waitedMs = (System.nanoTime() - before) / 1_000_000;
        assertTrue(waitedMs >= 250 && waitedMs < 5_000, "waited " + waitedMs + " ms");
        assertTrue(error.getMessage().startsWith("The search index is still being built"), error.getMessage());
        assertFalse(index.status().ready());
        assertNotNull(index.status().percentBuilt());

        // A search that arrives during the build and is still waiting when it ends gets its answer.
        CompletableFuture<SearchQueries.Page> waiting = CompletableFuture
                .supplyAsync(() -> queries(index).search("alpha", EnumSet.allOf(SearchHitType.class), 10, null));
        Thread.sleep(50);
        release.countDown();
        assertEquals(3, waiting.get(10, TimeUnit.SECONDS).matches().size());
        assertTrue(index.status().ready());
    }

    @Test
    void aBuildThatFailsMakesSearchesFailAtOnceAndSaysWhy() throws Exception {
        Path notADirectory = Files.writeString(temp.resolve("file"), "x");
        SearchIndex index = index(new FakeStore(statements(1, "alpha")), Optional.of(notADirectory.toString()),
                Duration.ofSeconds(30));
        assertThrows(IllegalStateException.class, index::rebuild);
        long before = System.nanoTime();
        SearchUnavailableException error = assertThrows(SearchUnavailableException.class,
                () -> queries(index).search("alpha", EnumSet.allOf(SearchHitType.class), 10, null));
        assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(5), "no waiting once the build failed");
        assertTrue(error.getMessage().startsWith("Search is unavailable: the search index could not be built"),
                error.getMessage());
        assertFalse(index.status().ready());
        assertNotNull(index.status().failure());
    }

    @Test
    void theIndexLivesInTheConfiguredDirectoryWhichOneProcessOwns() throws Exception {
        Path dir = temp.resolve("index");
        Files.createDirectories(dir.resolve("generation-99"));
        SearchIndex index = index(new FakeStore(statements(2, "alpha")), Optional.of(dir.toString()), Duration.ZERO);
        index.rebuild();
        assertFalse(Files.exists(dir.resolve("generation-99")), "a stale generation from an earlier run is removed");
        assertTrue(Files.list(dir.resolve("generation-1")).anyMatch(f -> f.getFileName().toString().startsWith("segments")
                || f.getFileName().toString().endsWith(".cfs") || f.getFileName().toString().endsWith(".si")),
                "the index is written to the configured directory");
        index.rebuild();
        assertFalse(Files.exists(dir.resolve("generation-1")), "the previous generation is deleted once replaced");
        assertTrue(Files.isDirectory(dir.resolve("generation-2")));

        SearchIndex other = index(new FakeStore(statements(2, "alpha")), Optional.of(dir.toString()), Duration.ZERO);
        IllegalStateException error = assertThrows(IllegalStateException.class, other::rebuild);
        assertTrue(error.getMessage().contains("is in use by another process"), error.getMessage());
    }

    @Test
    void anEditReplacesOnlyTheEntriesItNamesWithoutARebuild() {
        Map<Long, String> texts = statements(50, "alpha");
        FakeStore store = new FakeStore(texts);
        SearchIndex index = index(store, Optional.empty(), Duration.ZERO);
        index.rebuild();
        assertEquals(1, index.status().fullBuilds());
        int readsAfterBuild = store.rowsRead.get();

        texts.put(7L, "statement seven now mentions omega");
        texts.remove(8L);
        texts.put(1000L, "a new statement about omega");
        index.onStoreChanged(StoreChanged.statements(7L, 8L, 1000L));

        assertEquals(Set.of(7L, 1000L), keys(queries(index).search("omega", EnumSet.of(SearchHitType.STATEMENT), 10, null)));
        assertEquals(48, queries(index).search("alpha", EnumSet.allOf(SearchHitType.class), 10, null).total().getAsInt());
        assertEquals(1, index.status().fullBuilds(), "no full rebuild");
        assertEquals(3, index.status().entriesUpdated());
        assertEquals(readsAfterBuild + 2, store.rowsRead.get(), "only the edited rows are read from the store");
    }

    @Test
    void cursorsWalkHundredsOfHitsInRankOrderWithoutGapsOrRepeats() {
        Map<Long, String> texts = new LinkedHashMap<>();
        for (long id = 1; id <= 500; id++) {
            // Three distinct scores (term frequency), many ties among them: ties are broken by entry.
            texts.put(id, "common " + "word ".repeat((int) (id % 3)) + "filler " + id);
        }
        SearchIndex index = index(new FakeStore(texts), Optional.empty(), Duration.ZERO);
        index.rebuild();

        List<SearchQueries.Match> walked = new ArrayList<>();
        SearchQueries.Position after = null;
        int pages = 0;
        while (true) {
            SearchQueries.Page page = queries(index).search("common", EnumSet.allOf(SearchHitType.class), 37, after);
            assertEquals(500, page.total().getAsInt());
            List<SearchQueries.Match> hits = page.matches().subList(0, Math.min(37, page.matches().size()));
            walked.addAll(hits);
            pages++;
            if (page.matches().size() <= 37) {
                break;
            }
            SearchQueries.Match last = hits.get(hits.size() - 1);
            after = new SearchQueries.Position(last.score(), last.order());
        }
        assertEquals(14, pages);
        assertEquals(500, walked.size());
        assertEquals(500, new HashSet<>(walked.stream().map(SearchQueries.Match::key).toList()).size());
        for (int i = 1; i < walked.size(); i++) {
            SearchQueries.Match previous = walked.get(i - 1);
            SearchQueries.Match next = walked.get(i);
            assertTrue(previous.score() > next.score()
                    || (previous.score() == next.score() && previous.order() < next.order()), "rank order at " + i);
        }
    }

    @Test
    void theStatementsFilterRefusesMoreMatchesThanItsCap() {
        SearchIndex index = index(new FakeStore(statements(30, "alpha")), Optional.empty(), Duration.ZERO);
        index.config = config(Optional.empty(), Duration.ZERO, 20);
        index.rebuild();
        assertEquals(List.of(5L), queries(index).matchingStatementIds("\"statement 5\""));
        var error = assertThrows(org.leadercontacts.common.InvalidInputException.class,
                () -> queries(index).matchingStatementIds("alpha"));
        assertTrue(error.getMessage().startsWith("\"alpha\" matches more than 20 statements"), error.getMessage());
    }

    @Test
    void aSearchIsAnsweredOnlyByAnIndexThatReflectsTheRevisionServed() throws Exception {
        Map<Long, String> texts = statements(3, "alpha");
        FakeStore store = new FakeStore(texts);
        store.revision = 5;
        SearchIndex index = index(store, Optional.empty(), Duration.ofMillis(300));
        ((ServedRevision) index.storeRevision).served = 5;
        index.rebuild();
        assertEquals(5, index.status().revision());

        // Another replica's edit: the store is at 6, this replica serves 6, and the index rebuilds.
        texts.put(2L, "statement two now about omega");
        store.revision = 6;
        ((ServedRevision) index.storeRevision).served = 6;
        CountDownLatch release = new CountDownLatch(1);
        store.blockBuildsUntil = release;
        index.onStoreChanged(StoreChanged.anything());
        SearchUnavailableException error = assertThrows(SearchUnavailableException.class,
                () -> queries(index).search("omega", EnumSet.allOf(SearchHitType.class), 10, null));
        assertTrue(error.getMessage().startsWith("The search index is catching up with a change to the data "
                + "(revision 6, the index has 5)"), error.getMessage());
        assertTrue(index.status().ready(), "the previous index keeps the replica ready");

        CompletableFuture<SearchQueries.Page> waiting = CompletableFuture
                .supplyAsync(() -> queries(index).search("omega", EnumSet.allOf(SearchHitType.class), 10, null));
        Thread.sleep(50);
        release.countDown();
        assertEquals(Set.of(2L), keys(waiting.get(10, TimeUnit.SECONDS)));
        assertEquals(6, index.status().revision());
    }

    @Test
    void anEditsChangeMovesTheRevisionAndSoDoesOneWithNothingSearchable() {
        FakeStore store = new FakeStore(statements(3, "alpha"));
        store.revision = 5;
        SearchIndex index = index(store, Optional.empty(), Duration.ZERO);
        index.rebuild();
        index.onStoreChanged(StoreChanged.statements(1L).at(6));
        assertEquals(6, index.status().revision());
        index.onStoreChanged(StoreChanged.nothingSearchable().at(7));
        assertEquals(7, index.status().revision());
        ((ServedRevision) index.storeRevision).served = 7;
        assertEquals(3, queries(index).search("alpha", EnumSet.allOf(SearchHitType.class), 10, null).matches().size());
    }

    private SearchIndex index(FakeStore store, Optional<String> dir, Duration readyWait) {
        SearchIndex index = new SearchIndex();
        index.source = store;
        index.storeRevision = new ServedRevision();
        index.config = config(dir, readyWait, 1000);
        index.start();
        started.add(index);
        return index;
    }

    private static SearchQueries queries(SearchIndex index) {
        SearchQueries queries = new SearchQueries();
        queries.index = index;
        queries.config = index.config;
        return queries;
    }

    private static SearchConfig config(Optional<String> dir, Duration readyWait, int maxFilterMatches) {
        return new SearchConfig() {
            @Override
            public Optional<String> indexDir() {
                return dir;
            }

            @Override
            public int batchSize() {
                return 7;
            }

            @Override
            public Duration readyWait() {
                return readyWait;
            }

            @Override
            public int maxFilterMatches() {
                return maxFilterMatches;
            }
        };
    }

    private static Map<Long, String> statements(int count, String word) {
        Map<Long, String> texts = new LinkedHashMap<>();
        for (long id = 1; id <= count; id++) {
            texts.put(id, "statement " + id + " about " + word);
        }
        return texts;
    }

    private static Set<Long> keys(SearchQueries.Page page) {
        return new HashSet<>(page.matches().stream().map(SearchQueries.Match::key).toList());
    }

    /** The revision this replica serves; -1 (unseeded) asks nothing of the index. */
    @Vetoed
    static final class ServedRevision extends StoreRevision {
        volatile long served = -1;

        @Override
        public long current() {
            return served;
        }
    }

    /** Statements only, from a map; counts the rows it hands out. */
    @Vetoed
    static final class FakeStore extends IndexSource {
        final Map<Long, String> texts;
        final AtomicInteger rowsRead = new AtomicInteger();
        volatile CountDownLatch blockBuildsUntil;
        volatile long revision;

        FakeStore(Map<Long, String> texts) {
            this.texts = texts;
        }

        @Override
        long revision() {
            return revision;
        }

        @Override
        long count() {
            return texts.size();
        }

        @Override
        void all(int batchSize, Sink sink) throws IOException {
            if (blockBuildsUntil != null) {
                try {
                    blockBuildsUntil.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
            for (Map.Entry<Long, String> statement : List.copyOf(texts.entrySet())) {
                rowsRead.incrementAndGet();
                sink.accept(entry(SearchHitType.STATEMENT, statement.getKey(), statement.getValue()));
            }
        }

        @Override
        Map<Long, Document> statements(Collection<Long> ids) {
            Map<Long, Document> found = new LinkedHashMap<>();
            for (Long id : ids) {
                if (texts.containsKey(id)) {
                    rowsRead.incrementAndGet();
                    found.put(id, entry(SearchHitType.STATEMENT, id, texts.get(id)));
                }
            }
            return found;
        }

        @Override
        Map<Long, Document> documents(Collection<Long> ids) {
            return Map.of();
        }

        @Override
        Map<Long, Document> leaders(Collection<Long> ids) {
            return Map.of();
        }

        @Override
        void statementsWhere(String path, Collection<Long> ids, int batchSize, Sink sink) {
        }
    }
}
