package org.leadercontacts.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.leadercontacts.common.Lookups;

/** Batch look-ups of documents and what hangs off them. */
public final class Documents {

    private Documents() {
    }

    /** The document an ID names; fails with a clear error if it names none. */
    public static SourceDocument require(String id) {
        return Lookups.require(id, SourceDocumentNode.TYPE, SourceDocument::findBySlug);
    }

    public static Map<Long, SourceDocument> byId(EntityManager em, Collection<Long> ids) {
        return Lookups.byIds(em, SourceDocument.class, ids);
    }

    static Map<Long, List<DocumentCitation>> citations(EntityManager em, Collection<Long> documentIds) {
        return em.createQuery("select c from DocumentCitation c where c.documentId in :ids order by c.spanStart",
                DocumentCitation.class).setParameter("ids", documentIds).getResultList().stream()
                .collect(Collectors.groupingBy(c -> c.documentId));
    }
}
