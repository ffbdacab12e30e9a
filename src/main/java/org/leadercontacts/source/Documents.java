package org.leadercontacts.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.leadercontacts.common.GlobalId;
import org.leadercontacts.common.NotFoundException;

/** Batch look-ups of documents and what hangs off them. */
public final class Documents {

    private Documents() {
    }

    /** The document an ID names; fails with a clear error if it names none. */
    public static SourceDocument require(String id) {
        SourceDocument document = SourceDocument.findBySlug(GlobalId.slugOf(id, SourceDocumentNode.TYPE));
        if (document == null) {
            throw new NotFoundException(SourceDocumentNode.TYPE, id);
        }
        return document;
    }

    public static Map<Long, SourceDocument> byId(EntityManager em, Collection<Long> ids) {
        return em.createQuery("select d from SourceDocument d where d.id in :ids", SourceDocument.class)
                .setParameter("ids", ids.stream().distinct().toList()).getResultList().stream()
                .collect(Collectors.toMap(d -> d.id, Function.identity()));
    }

    static Map<Long, List<DocumentCitation>> citations(EntityManager em, Collection<Long> documentIds) {
        return em.createQuery("select c from DocumentCitation c where c.documentId in :ids order by c.spanStart",
                DocumentCitation.class).setParameter("ids", documentIds).getResultList().stream()
                .collect(Collectors.groupingBy(c -> c.documentId));
    }
}
