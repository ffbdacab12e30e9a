package org.leadercontacts.store;

import java.util.Arrays;
import java.util.Set;

/**
 * Fired when the store's contents change (seeding at startup, an editor's mutation), so that
 * derived state (the search index, the HTTP cache version) follows. It says what changed, so that
 * derived state can be updated in place: {@code everything} (seeding) asks for a full rebuild;
 * otherwise the ids name the rows whose searchable text may have changed, been added or deleted.
 *
 * @param revision the store revision the change was committed at (see {@link StoreRevision}), or -1 if unknown
 * @param statementsOfLeaders leaders whose statements all changed (a rename changes each statement's speaker)
 * @param statementsOfConversations conversations whose statements all changed (deleted or moved)
 */
public record StoreChanged(boolean everything, Set<Long> statements, Set<Long> documents,
        Set<Long> leaders, Set<Long> statementsOfLeaders, Set<Long> statementsOfConversations, long revision) {

    public StoreChanged {
        statements = Set.copyOf(statements);
        documents = Set.copyOf(documents);
        leaders = Set.copyOf(leaders);
        statementsOfLeaders = Set.copyOf(statementsOfLeaders);
        statementsOfConversations = Set.copyOf(statementsOfConversations);
    }

    /** Anything may have changed (seeding, another replica's edit). */
    public static StoreChanged anything() {
        return new StoreChanged(true, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), -1);
    }

    /** Nothing searchable changed (topics, conversations' own fields). */
    public static StoreChanged nothingSearchable() {
        return new StoreChanged(false, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), -1);
    }

    public static StoreChanged statements(Long... ids) {
        return new StoreChanged(false, ids(ids), Set.of(), Set.of(), Set.of(), Set.of(), -1);
    }

    public static StoreChanged documents(Long... ids) {
        return new StoreChanged(false, Set.of(), ids(ids), Set.of(), Set.of(), Set.of(), -1);
    }

    /** Leaders changed; with {@code renamed}, their statements (indexed with the speaker's name) too. */
    public static StoreChanged leaders(boolean renamed, Long... ids) {
        return new StoreChanged(false, Set.of(), Set.of(), ids(ids), renamed ? ids(ids) : Set.of(), Set.of(), -1);
    }

    public static StoreChanged statementsOfConversations(Long... ids) {
        return new StoreChanged(false, Set.of(), Set.of(), Set.of(), Set.of(), ids(ids), -1);
    }

    /** This change, committed at {@code revision}. */
    public StoreChanged at(long revision) {
        return new StoreChanged(everything, statements, documents, leaders, statementsOfLeaders,
                statementsOfConversations, revision);
    }

    private static Set<Long> ids(Long... ids) {
        return Set.copyOf(Arrays.asList(ids));
    }

    public boolean isEmpty() {
        return !everything && statements.isEmpty() && documents.isEmpty() && leaders.isEmpty()
                && statementsOfLeaders.isEmpty() && statementsOfConversations.isEmpty();
    }
}
