package org.leadercontacts.changes;

/** What kind of object a logged change is about. */
public enum Subject {
    CONVERSATION,
    STATEMENT,
    DOCUMENT
}
