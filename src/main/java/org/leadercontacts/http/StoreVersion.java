package org.leadercontacts.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.leadercontacts.seed.StoreChanged;

/**
 * A fingerprint of what the store holds, for HTTP caching: GET responses carry it in their ETag,
 * so a cached answer stays valid exactly as long as the data behind it. Replicas sharing a
 * database compute the same fingerprint.
 */
@ApplicationScoped
public class StoreVersion {

    @Inject
    EntityManager em;

    private volatile String current = "unseeded";

    void onSeeded(@Observes StoreChanged seeded) {
        refresh();
    }

    @Transactional
    public void refresh() {
        Object[] counts = em.createQuery("select (select count(d) from SourceDocument d), (select max(d.id) from "
                + "SourceDocument d), (select count(c) from Conversation c), (select max(s.id) from Statement s), "
                + "(select count(s) from Statement s), (select count(l) from Leader l)", Object[].class)
                .getSingleResult();
        StringBuilder fingerprint = new StringBuilder();
        for (Object count : counts) {
            fingerprint.append(count).append('.');
        }
        current = Integer.toHexString(fingerprint.toString().hashCode());
    }

    public String current() {
        return current;
    }
}
