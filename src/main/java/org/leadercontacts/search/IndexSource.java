package org.leadercontacts.search;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.leadercontacts.store.StoreRevision;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads what the search index holds from the store, as Lucene documents: in keyset batches (each
 * its own short transaction) for a full build, or by id for an edit. Nothing here ever loads a
 * whole table.
 */
@ApplicationScoped
class IndexSource {

    /** The unique key of an entry ("STATEMENT:42"), for replacing and deleting it. */
    static final String ID = "id";
    static final String TYPE = "type";
    /** Doc values: the type and id in one long. It breaks score ties and maps a hit back to its row. */
    static final String ORDER = "order";
    static final String TEXT = "text";
    static final String SPEAKER = "speaker";
    /** Statements' speaker and conversation, so that all statements of one can be replaced. */
    static final String SPEAKER_ID = "speakerId";
    static final String CONVERSATION_ID = "conversationId";

    private static final int TYPE_SHIFT = 56;
    private static final String STATEMENTS = "select s.id, s.text, l.name, s.speakerId, s.conversationId "
            + "from Statement s left join Leader l on l.id = s.speakerId where ";

    @Inject
    EntityManager em;

    @Inject
    StoreRevision storeRevision;

    /** Receives documents; may throw what Lucene throws. */
    interface Sink {
        void accept(Document document) throws IOException;
    }

    static Term key(SearchHitType type, long id) {
        return new Term(ID, type.name() + ":" + id);
    }

    static long order(SearchHitType type, long id) {
        return ((long) type.ordinal() << TYPE_SHIFT) | id;
    }

    static SearchHitType typeOf(long order) {
        return SearchHitType.values()[(int) (order >>> TYPE_SHIFT)];
    }

    static long idOf(long order) {
        return order & ((1L << TYPE_SHIFT) - 1);
    }

    /** The store's revision now: rows read after this reflect it or a later one. */
    long revision() throws IOException {
        try {
            return storeRevision.committed();
        } catch (SQLException e) {
            throw new IOException("cannot read the store's revision", e);
        }
    }

    /** How many entries a full build writes. */
    long count() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select (select count(s) from Statement s) "
                + "+ (select count(d) from SourceDocument d) + (select count(l) from Leader l)", Long.class)
                .getSingleResult());
    }

    /** Every entry, in keyset batches of {@code batchSize} rows (documents, being long, a tenth as many). */
    void all(int batchSize, Sink sink) throws IOException {
        statements("1=1", Map.of(), batchSize, sink);
        long after = Long.MIN_VALUE;
        int documentBatch = Math.max(1, batchSize / 10);
        for (List<Object[]> rows; !(rows = batch("select d.id, d.content from SourceDocument d where d.id > :after "
                + "order by d.id", Map.of(), after, documentBatch)).isEmpty(); after = (Long) rows.get(rows.size() - 1)[0]) {
            for (Object[] row : rows) {
                sink.accept(entry(SearchHitType.DOCUMENT, (Long) row[0], (String) row[1]));
            }
        }
        after = Long.MIN_VALUE;
        for (List<Object[]> rows; !(rows = batch("select l.id, l.name from Leader l where l.id > :after order by l.id",
                Map.of(), after, batchSize)).isEmpty(); after = (Long) rows.get(rows.size() - 1)[0]) {
            List<Object[]> leaders = rows;
            long first = (Long) rows.get(0)[0];
            long last = (Long) rows.get(rows.size() - 1)[0];
            Map<Long, String> names = QuarkusTransaction.requiringNew().call(() -> names(leaders, em.createQuery(
                    "select a.leaderId, a.text from LeaderAlias a where a.leaderId between :first and :last order by a.id",
                    Object[].class).setParameter("first", first).setParameter("last", last).getResultList()));
            for (Map.Entry<Long, String> leader : names.entrySet()) {
                sink.accept(entry(SearchHitType.LEADER, leader.getKey(), leader.getValue()));
            }
        }
    }

    /** The statements where {@code path} (an HQL path of {@code s}) is one of {@code ids}, in keyset batches. */
    void statementsWhere(String path, Collection<Long> ids, int batchSize, Sink sink) throws IOException {
        if (!ids.isEmpty()) {
            statements(path + " in :ids", Map.of("ids", List.copyOf(ids)), batchSize, sink);
        }
    }

    private void statements(String where, Map<String, Object> params, int batchSize, Sink sink) throws IOException {
        long after = Long.MIN_VALUE;
        for (List<Object[]> rows; !(rows = batch(STATEMENTS + where + " and s.id > :after order by s.id", params, after,
                batchSize)).isEmpty(); after = (Long) rows.get(rows.size() - 1)[0]) {
            for (Object[] row : rows) {
                sink.accept(statement(row));
            }
        }
    }

    private List<Object[]> batch(String hql, Map<String, Object> params, long after, int size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TypedQuery<Object[]> query = em.createQuery(hql, Object[].class).setParameter("after", after)
                    .setMaxResults(size);
            params.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    /** The entries of these statements, by id; ids missing from the result were deleted. */
    Map<Long, Document> statements(Collection<Long> ids) {
        return byId(ids, STATEMENTS + "s.id in :ids", IndexSource::statement);
    }

    Map<Long, Document> documents(Collection<Long> ids) {
        return byId(ids, "select d.id, d.content from SourceDocument d where d.id in :ids",
                row -> entry(SearchHitType.DOCUMENT, (Long) row[0], (String) row[1]));
    }

    Map<Long, Document> leaders(Collection<Long> ids) {
        Map<Long, Document> entries = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            QuarkusTransaction.requiringNew().call(() -> leaderNames(ids))
                    .forEach((id, names) -> entries.put(id, entry(SearchHitType.LEADER, id, names)));
        }
        return entries;
    }

    private Map<Long, Document> byId(Collection<Long> ids, String hql, java.util.function.Function<Object[], Document> entry) {
        Map<Long, Document> entries = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            QuarkusTransaction.requiringNew().call(() -> em.createQuery(hql, Object[].class)
                    .setParameter("ids", List.copyOf(ids)).getResultList())
                    .forEach(row -> entries.put((Long) row[0], entry.apply(row)));
        }
        return entries;
    }

    /** The text a leader is found by: the canonical name and every other spelling, separated by "; ". */
    Map<Long, String> leaderNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Long> distinct = ids.stream().distinct().toList();
        List<Object[]> leaders = em.createQuery("select l.id, l.name from Leader l where l.id in :ids", Object[].class)
                .setParameter("ids", distinct).getResultList();
        return names(leaders, em.createQuery("select a.leaderId, a.text from LeaderAlias a where a.leaderId in :ids "
                + "order by a.id", Object[].class).setParameter("ids", distinct).getResultList());
    }

    private static Map<Long, String> names(List<Object[]> leaders, List<Object[]> aliases) {
        Map<Long, Set<String>> names = new LinkedHashMap<>();
        for (Object[] row : leaders) {
            names.computeIfAbsent((Long) row[0], id -> new LinkedHashSet<>()).add((String) row[1]);
        }
        for (Object[] row : aliases) {
            Set<String> spellings = names.get((Long) row[0]);
            if (spellings != null) {
                spellings.add((String) row[1]);
            }
        }
        Map<Long, String> result = new LinkedHashMap<>();
        names.forEach((id, spellings) -> result.put(id, String.join("; ", spellings)));
        return result;
    }

    private static Document statement(Object[] row) {
        Document document = entry(SearchHitType.STATEMENT, (Long) row[0], (String) row[1]);
        if (row[2] != null) {
            document.add(new TextField(SPEAKER, (String) row[2], Field.Store.NO));
        }
        if (row[3] != null) {
            document.add(new StringField(SPEAKER_ID, row[3].toString(), Field.Store.NO));
        }
        document.add(new StringField(CONVERSATION_ID, row[4].toString(), Field.Store.NO));
        return document;
    }

    static Document entry(SearchHitType type, long id, String text) {
        Document document = new Document();
        document.add(new StringField(ID, key(type, id).text(), Field.Store.NO));
        document.add(new StringField(TYPE, type.name(), Field.Store.NO));
        document.add(new NumericDocValuesField(ORDER, order(type, id)));
        document.add(new TextField(TEXT, text, Field.Store.NO));
        return document;
    }
}
