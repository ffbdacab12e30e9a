package org.leadercontacts.live;

import org.leadercontacts.changes.Change;
import org.leadercontacts.conversation.ConversationNode;

/**
 * A logged change with the objects it names, loaded once when it is published and shared by every subscriber.
 *
 * @param node the changed object as it is now (a conversation, statement or document node), or null if it is gone
 * @param conversation for a statement, its conversation now; for a merged conversation, the one it was merged into
 */
record LiveChange(Change change, Object node, ConversationNode conversation) {
}
