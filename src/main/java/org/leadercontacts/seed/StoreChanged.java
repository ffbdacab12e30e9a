package org.leadercontacts.seed;

/**
 * Fired when the store's contents change (seeding at startup, an editor's mutation), so that
 * derived state (the search index, the HTTP cache version) is rebuilt.
 */
public record StoreChanged(int documentsAdded) {
}
