package org.leadercontacts.seed;

/**
 * Documents loaded at startup beyond the curated sources, after seeding: the benchmark's synthetic stores, whose
 * loader is built only into the benchmark's package ({@code -Dbench}) and the tests. The application has none.
 */
public interface StartupLoad {

    /** Loads what its configuration asks for, if anything; returns the number of documents added. */
    int loadIfConfigured();
}
