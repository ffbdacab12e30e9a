package org.leadercontacts.changes;

import java.util.Set;

/**
 * One object an edit changed, by global ID: the ID stays meaningful after a deletion, when the object is gone.
 *
 * @param mergedInto for {@link ChangeKind#MERGED}, the object it was merged into
 * @param conversationId for a statement, the conversation it belongs to (after the edit)
 * @param leaderIds the leaders the change concerns: a conversation's participants before and after, a statement's speaker
 */
public record Change(Subject subject, ChangeKind kind, String nodeId, String mergedInto, String conversationId,
        Set<String> leaderIds) {

    public Change {
        leaderIds = Set.copyOf(leaderIds);
    }

    public boolean concerns(String leaderId) {
        return leaderIds.contains(leaderId);
    }
}
