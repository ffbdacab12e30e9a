package org.leadercontacts.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The texts of source documents, which never change once stored, kept in a bounded cache so that
 * spans and their context cost no query after the first use.
 */
@ApplicationScoped
public class DocumentTexts {

    private static final int CAPACITY = 512;

    @Inject
    EntityManager em;

    private final Map<Long, String> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The texts of the given documents, loading the missing ones in one query. */
    public Map<Long, String> get(Collection<Long> documentIds) {
        Map<Long, String> texts = new HashMap<>();
        synchronized (cache) {
            for (Long id : documentIds) {
                String text = cache.get(id);
                if (text != null) {
                    texts.put(id, text);
                }
            }
        }
        List<Long> missing = documentIds.stream().distinct().filter(id -> !texts.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            List<Object[]> rows = em.createQuery("select d.id, d.content from SourceDocument d where d.id in :ids",
                    Object[].class).setParameter("ids", missing).getResultList();
            synchronized (cache) {
                for (Object[] row : rows) {
                    texts.put((Long) row[0], (String) row[1]);
                    cache.put((Long) row[0], (String) row[1]);
                }
            }
        }
        return texts;
    }
}
