package org.leadercontacts.search;

import static org.leadercontacts.search.IndexSource.ORDER;
import static org.leadercontacts.search.IndexSource.SPEAKER;
import static org.leadercontacts.search.IndexSource.TEXT;
import static org.leadercontacts.search.IndexSource.TYPE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.leadercontacts.common.InvalidInputException;
import org.leadercontacts.statement.StatementTextMatch;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Queries of the search index: ranked, keyset-paged matches for `search`, and statement ids for `matching`. */
@ApplicationScoped
public class SearchQueries implements StatementTextMatch {

    static final int MAX_QUERY_LENGTH = 500;

    /** Best first; ties (equal scores) in a stable order, so that keyset cursors stay valid across edits. */
    private static final Sort RANKED = new Sort(SortField.FIELD_SCORE, new SortField(ORDER, SortField.Type.LONG));

    /**
     * Totals by index reader and query. Counting visits every match (hundreds of thousands for common
     * words at scale); a reader never changes, so a total is counted once per reader.
     */
    private final Cache<TotalKey, Integer> totals = Caffeine.newBuilder().maximumSize(10_000).build();

    @Inject
    SearchIndex index;

    @Inject
    SearchConfig config;

    /**
     * Ids of the statements whose text matches, for the statements filter; at most
     * {@code contacts.search.max-filter-matches}, as they go to the database as one IN list.
     */
    @Override
    public List<Long> matchingStatementIds(String text) {
        Query query = restrict(parse(text, Map.of(TEXT, 1f)), EnumSet.of(SearchHitType.STATEMENT));
        int max = config.maxFilterMatches();
        List<Long> ids = index.withSearcher(searcher -> {
            List<Long> found = new ArrayList<>();
            searcher.search(query, new SimpleCollector() {
                private NumericDocValues orders;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    if (found.size() > max) {
                        throw new CollectionTerminatedException();
                    }
                    orders = DocValues.getNumeric(context.reader(), ORDER);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (found.size() > max) {
                        throw new CollectionTerminatedException();
                    }
                    orders.advanceExact(doc);
                    found.add(IndexSource.idOf(orders.longValue()));
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return found;
        });
        if (ids.size() > max) {
            throw new InvalidInputException("\"" + text + "\" matches more than " + max + " statements, the most the "
                    + "`matching` filter takes. Add words to narrow it, or use `search(text:, types: [STATEMENT])`, "
                    + "which pages through any number of matches, best first.");
        }
        return ids;
    }

    /** Where a page of ranked hits continues: after this score, then this entry. */
    record Position(float score, long order) {
    }

    private record TotalKey(Object reader, Query query) {
    }

    /** A ranked hit before its snippet is made. */
    record Match(SearchHitType type, long key, float score, long order) {
    }

    /** A page of matches; the total is counted only if asked for. {@code words} is what snippets highlight. */
    record Page(List<Match> matches, java.util.function.IntSupplier total, Query words) {
    }

    /** One page of ranked matches after {@code after} (keyset: score, then entry), at most {@code size} + 1. */
    Page search(String text, Set<SearchHitType> types, int size, Position after) {
        Query words = parse(text, Map.of(TEXT, 1f, SPEAKER, 0.3f));
        Query query = restrict(words, types);
        List<Match> matches = index.withSearcher(searcher -> {
            TopFieldDocs top = after == null ? searcher.search(query, size + 1, RANKED, true)
                    : searcher.searchAfter(new FieldDoc(searcher.getIndexReader().maxDoc() - 1, after.score(),
                            new Object[] { after.score(), after.order() }), query, size + 1, RANKED, true);
            List<Match> found = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                long order = (Long) ((FieldDoc) hit).fields[1];
                found.add(new Match(IndexSource.typeOf(order), IndexSource.idOf(order), hit.score, order));
            }
            return found;
        });
        int[] total = { -1 };
        return new Page(matches, () -> {
            if (total[0] < 0) {
                total[0] = index.withSearcher(searcher -> totals.get(new TotalKey(
                        searcher.getIndexReader().getReaderCacheHelper().getKey(), query), key -> count(searcher, query)));
            }
            return total[0];
        }, words);
    }

    private static int count(IndexSearcher searcher, Query query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        SimpleQueryParser parser = new SimpleQueryParser(index.analyzer(), fields);
        // Every word must match (as users of a search box expect), and `-word` then really excludes.
        parser.setDefaultOperator(Occur.MUST);
        Query query = parser.parse(text);
        if (query == null) {
            throw new InvalidInputException("Search text \"" + text + "\" has no searchable words (only stop words "
                    + "or punctuation).");
        }
        return query;
    }

    /** Restricts to some kinds of entries; no clause at all for every kind, which keeps counting cheap. */
    private static Query restrict(Query query, Set<SearchHitType> types) {
        if (types.containsAll(EnumSet.allOf(SearchHitType.class))) {
            return query;
        }
        List<BytesRef> terms = types.stream().map(type -> new BytesRef(type.name())).toList();
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermInSetQuery(TYPE, terms), Occur.FILTER).build();
    }
}
