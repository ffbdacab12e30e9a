package org.leadercontacts.statement;

import java.util.List;

/**
 * Full-text matching of statements, for the {@code matching} filter. The search index implements it; statements
 * depend on this, not on the index, so that search sits above the domain.
 */
public interface StatementTextMatch {

    /** Ids of the statements whose text matches {@code text}, at most as many as the index allows in one filter. */
    List<Long> matchingStatementIds(String text);
}
