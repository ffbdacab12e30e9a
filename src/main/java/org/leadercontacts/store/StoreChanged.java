package org.leadercontacts.store;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /** This change and {@code later} as one, at the later revision: what derived state must update for both. */
    public StoreChanged and(StoreChanged later) {
        return new StoreChanged(everything || later.everything, union(statements, later.statements),
                union(documents, later.documents), union(leaders, later.leaders),
                union(statementsOfLeaders, later.statementsOfLeaders),
                union(statementsOfConversations, later.statementsOfConversations), later.revision);
    }

    /** The ids this change names, as text: five comma-separated lists, separated by semicolons. */
    public String encodeIds() {
        return String.join(";", Stream.of(statements, documents, leaders, statementsOfLeaders, statementsOfConversations)
                .map(ids -> ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","))).toList());
    }

    /** The change {@link #encodeIds()} wrote, committed at {@code revision}. */
    public static StoreChanged decodeIds(String text, long revision) {
        String[] lists = text.split(";", -1);
        if (lists.length != 5) {
            throw new IllegalArgumentException("Not an encoded change: " + text);
        }
        List<Set<Long>> ids = Arrays.stream(lists).map(list -> list.isEmpty() ? Set.<Long>of()
                : Arrays.stream(list.split(",")).map(Long::valueOf).collect(Collectors.toSet())).toList();
        return new StoreChanged(false, ids.get(0), ids.get(1), ids.get(2), ids.get(3), ids.get(4), revision);
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    private static Set<Long> ids(Long... ids) {
        return Set.copyOf(Arrays.asList(ids));
    }

    public boolean isEmpty() {
        return !everything && statements.isEmpty() && documents.isEmpty() && leaders.isEmpty()
                && statementsOfLeaders.isEmpty() && statementsOfConversations.isEmpty();
    }
}
