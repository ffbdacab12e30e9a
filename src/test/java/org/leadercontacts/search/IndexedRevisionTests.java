package org.leadercontacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The index's revision moves only when every change up to it is in the index. */
class IndexedRevisionTests {

    private final IndexedRevision revision = new IndexedRevision();

    @Test
    void beforeAnyBuildOnlyAnUnseededStoreIsReached() {
        assertTrue(revision.reached(-1));
        assertFalse(revision.reached(0));
        revision.applied(3);
        assertFalse(revision.reached(3), "a change without the rest of the store is not an index of it");
    }

    @Test
    void aChangeAheadOfAMissingOneWaitsForIt() {
        revision.built(10);
        revision.applied(12);
        assertEquals(10, revision.get());
        revision.applied(11);
        assertEquals(12, revision.get());
        revision.applied(12);
        revision.applied(9);
        assertEquals(12, revision.get(), "changes already in the index change nothing");
    }

    @Test
    void aBuildClosesTheGapsBelowWhatItRead() {
        revision.built(10);
        revision.applied(12);
        revision.applied(15);
        revision.built(13);
        assertEquals(13, revision.get());
        revision.applied(14);
        assertEquals(15, revision.get(), "the change held above the build still counts");
        revision.built(14);
        assertEquals(15, revision.get(), "a build never moves the revision back");
    }
}
