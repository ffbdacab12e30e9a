package org.leadercontacts.seed;

/** Where a verified text occurs in its document: UTF-16 offsets, end exclusive. */
public record Span(int start, int end) {
}
