package org.leadercontacts.seed;

/** Fired once the store is seeded (or found seeded), so that derived indexes can be built. */
public record StoreSeeded(int documentsAdded) {
}
