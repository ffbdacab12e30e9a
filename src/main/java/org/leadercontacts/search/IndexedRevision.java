package org.leadercontacts.search;

import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The store revision the search index reflects: every change up to it is in the index. A full build reflects the
 * revision it read before its first row. An edit's change is applied after its revision committed, but edits
 * (and this replica's and others') are applied in no particular order, so a change applied ahead of a missing
 * one is held until the gap closes. Revisions are consecutive: each writer increments the one before.
 */
final class IndexedRevision {

    private long revision = -1;
    /** Changes applied above {@link #revision}, waiting for the ones between. */
    private final NavigableSet<Long> ahead = new TreeSet<>();

    synchronized long get() {
        return revision;
    }

    /** Whether the index holds every change up to {@code wanted}; any index will do for an unseeded store (-1). */
    synchronized boolean reached(long wanted) {
        return revision >= wanted;
    }

    /** A full build that read the store at {@code read} or later. */
    synchronized void built(long read) {
        revision = Math.max(revision, read);
        advance();
    }

    /** The change of an edit at {@code changed} is in the index (or had nothing the index holds). */
    synchronized void applied(long changed) {
        if (changed > revision) {
            ahead.add(changed);
            advance();
        }
    }

    private void advance() {
        ahead.headSet(revision, true).clear();
        while (ahead.remove(revision + 1)) {
            revision++;
        }
    }
}
