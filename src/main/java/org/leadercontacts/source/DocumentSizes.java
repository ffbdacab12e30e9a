package org.leadercontacts.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.leadercontacts.store.StoreChanged;

/**
 * The length of the longest document text, measured again whenever the store changes (here or on another
 * replica). A query's answer size is estimated from it before the query runs, so it must be at hand without
 * a database round trip.
 */
@ApplicationScoped
public class DocumentSizes {

    @Inject
    EntityManager em;

    private volatile int longestText;

    @Transactional
    void measure(@Observes StoreChanged change) {
        Integer longest = em.createQuery("select max(length(d.content)) from SourceDocument d", Integer.class)
                .getSingleResult();
        longestText = longest == null ? 0 : longest;
    }

    /** Characters in the longest document text; 0 before the store is seeded. */
    public int longestText() {
        return longestText;
    }
}
