package org.leadercontacts.changes;

/** A change as the log holds it: committed at {@code revision}. */
public record LoggedChange(long revision, Change change) {
}
