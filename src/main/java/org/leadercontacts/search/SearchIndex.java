package org.leadercontacts.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;
import org.leadercontacts.common.InvalidInputException;
import org.leadercontacts.seed.StoreChanged;

/**
 * A Lucene full-text index over statements, documents and leaders' names, rebuilt from the store
 * whenever the store is seeded. Ranking is BM25 with English stemming; snippets come from
 * Lucene's unified highlighter, with offsets that map back into the source documents.
 */
@ApplicationScoped
public class SearchIndex {

    static final int MAX_QUERY_LENGTH = 500;

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    private static final String TYPE = "type";
    private static final String KEY = "key";
    private static final String TEXT = "text";
    private static final String SPEAKER = "speaker";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final AtomicLong generations = new AtomicLong();
    private volatile Snapshot snapshot;

    @Inject
    EntityManager em;

    /** A built index: searchers over it stay valid while a newer one is built. */
    record Snapshot(IndexSearcher searcher, long generation) {
    }

    /** A ranked hit before its snippet is made. */
    record Match(SearchHitType type, long key, float score, int doc) {
    }

    void onSeeded(@Observes StoreChanged seeded) {
        rebuild();
    }

    @Transactional
    public void rebuild() {
        long started = System.nanoTime();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        int count = 0;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Object[] row : em.createQuery("select s.id, s.text, l.name from Statement s left join Leader l "
                    + "on l.id = s.speakerId", Object[].class).getResultList()) {
                Document document = entry(SearchHitType.STATEMENT, (Long) row[0], (String) row[1]);
                if (row[2] != null) {
                    document.add(new TextField(SPEAKER, (String) row[2], Field.Store.NO));
                }
                writer.addDocument(document);
                count++;
            }
            for (Object[] row : em.createQuery("select d.id, d.content from SourceDocument d", Object[].class)
                    .getResultList()) {
                writer.addDocument(entry(SearchHitType.DOCUMENT, (Long) row[0], (String) row[1]));
                count++;
            }
            for (Map.Entry<Long, String> leader : leaderNames().entrySet()) {
                writer.addDocument(entry(SearchHitType.LEADER, leader.getKey(), leader.getValue()));
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the search index", e);
        }
        try {
            snapshot = new Snapshot(new IndexSearcher(DirectoryReader.open(directory)), generations.incrementAndGet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
        LOG.infof("Search index built: %d entries in %d ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    public boolean isReady() {
        return snapshot != null;
    }

    /** The text a leader is found by: the canonical name and every spelling, separated by "; ". */
    Map<Long, String> leaderNames() {
        Map<Long, StringBuilder> names = new HashMap<>();
        for (Object[] row : em.createQuery("select l.id, l.name from Leader l", Object[].class).getResultList()) {
            names.put((Long) row[0], new StringBuilder((String) row[1]));
        }
        for (Object[] row : em.createQuery("select distinct a.leaderId, a.text from LeaderAlias a", Object[].class)
                .getResultList()) {
            StringBuilder text = names.get((Long) row[0]);
            if (text != null && !List.of(text.toString().split("; ")).contains((String) row[1])) {
                text.append("; ").append((String) row[1]);
            }
        }
        Map<Long, String> result = new HashMap<>();
        names.forEach((id, text) -> result.put(id, text.toString()));
        return result;
    }

    private static Document entry(SearchHitType type, long key, String text) {
        Document document = new Document();
        document.add(new StringField(TYPE, type.name(), Field.Store.YES));
        document.add(new StoredField(KEY, key));
        document.add(new TextField(TEXT, text, Field.Store.NO));
        return document;
    }

    /** Ids of all statements whose text matches, for the statements filter. */
    public List<Long> matchingStatementIds(String text) {
        Snapshot current = current();
        Query query = restrict(parse(text, Map.of(TEXT, 1f)), Set.of(SearchHitType.STATEMENT));
        try {
            int total = current.searcher().count(query);
            List<Long> ids = new ArrayList<>(total);
            for (ScoreDoc hit : current.searcher().search(query, Math.max(1, total)).scoreDocs) {
                ids.add(key(current, hit.doc));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page of ranked matches after the given position (score, doc) of the same snapshot. */
    Page search(String text, Set<SearchHitType> types, int size, ScoreDoc after, long generation) {
        Snapshot current = current();
        if (after != null && generation != current.generation()) {
            throw new InvalidInputException("This search cursor is from an earlier version of the index (the data has "
                    + "changed since); run the search again without `after`.");
        }
        Query words = parse(text, Map.of(TEXT, 1f, SPEAKER, 0.3f));
        Query query = restrict(words, types);
        try {
            TopDocs top = after == null ? current.searcher().search(query, size + 1)
                    : current.searcher().searchAfter(after, query, size + 1);
            List<Match> matches = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document stored = current.searcher().storedFields().document(hit.doc);
                matches.add(new Match(SearchHitType.valueOf(stored.get(TYPE)),
                        stored.getField(KEY).numericValue().longValue(), hit.score, hit.doc));
            }
            return new Page(matches, current.searcher().count(query), current.generation(), words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code words} is the query without the type restriction: what snippets are highlighted with. */
    record Page(List<Match> matches, int total, long generation, Query words) {
    }

    private static long key(Snapshot current, int doc) throws IOException {
        return current.searcher().storedFields().document(doc).getField(KEY).numericValue().longValue();
    }

    private Query parse(String text, Map<String, Float> fields) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("Search text must not be empty.");
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("Search text is limited to " + MAX_QUERY_LENGTH + " characters; got "
                    + text.length() + ".");
        }
        // SimpleQueryParser never throws on user syntax: quotes, +, -, | and * are honoured, the rest is text.
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields);
        // Every word must match (as users of a search box expect), and `-word` then really excludes.
        parser.setDefaultOperator(Occur.MUST);
        Query query = parser.parse(text);
        if (query == null) {
            throw new InvalidInputException("Search text \"" + text + "\" has no searchable words (only stop words "
                    + "or punctuation).");
        }
        return query;
    }

    private static Query restrict(Query query, Set<SearchHitType> types) {
        List<BytesRef> terms = types.stream().map(type -> new BytesRef(type.name())).toList();
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermInSetQuery(TYPE, terms), Occur.FILTER).build();
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null) {
            throw new IllegalStateException("The search index is not built yet");
        }
        return current;
    }

    /** The best passage of {@code text} for the query, with match offsets relative to the passage. */
    Snippet snippet(Query query, String text, boolean whole) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new SnippetFormatter()).withMaxLength(Math.max(1, text.length()))
                .withMaxNoHighlightPassages(1);
        if (whole) {
            builder.withBreakIterator(WholeBreakIterator::new);
        }
        UnifiedHighlighter highlighter = builder.build();
        try {
            Object snippet = highlighter.highlightWithoutSearcher(TEXT, query, text, 1);
            if (snippet instanceof Snippet found) {
                return found;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int end = Math.min(text.length(), 240);
        return new Snippet(0, end, List.of());
    }

    /** A passage of a text, and the matches inside it relative to its start. */
    record Snippet(int start, int end, List<TextRange> matches) {
    }

    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage passage = passages[0];
            List<TextRange> matches = new ArrayList<>();
            int lastEnd = -1;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i] - passage.getStartOffset();
                int end = passage.getMatchEnds()[i] - passage.getStartOffset();
                if (start >= lastEnd) {
                    matches.add(new TextRange(start, end));
                    lastEnd = end;
                }
            }
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            // Passages end after trailing white space; trim it so the snippet reads cleanly.
            while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
                end--;
            }
            return new Snippet(start, end, matches);
        }
    }
}
