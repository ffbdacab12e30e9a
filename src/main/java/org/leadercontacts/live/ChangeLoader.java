package org.leadercontacts.live;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import org.leadercontacts.changes.Change;
import org.leadercontacts.changes.LoggedChange;
import org.leadercontacts.common.GlobalId;
import org.leadercontacts.common.Lookups;
import org.leadercontacts.conversation.Conversation;
import org.leadercontacts.conversation.ConversationNode;
import org.leadercontacts.leader.Leader;
import org.leadercontacts.leader.LeaderNode;
import org.leadercontacts.source.SourceDocument;
import org.leadercontacts.source.SourceDocumentNode;
import org.leadercontacts.statement.Statement;
import org.leadercontacts.statement.StatementNode;

/** Loads what logged changes name, in a request context and transaction of its own (publishers have neither). */
@ApplicationScoped
class ChangeLoader {

    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<LiveChange> load(List<LoggedChange> logged) {
        List<LiveChange> loaded = new ArrayList<>();
        for (LoggedChange entry : logged) {
            Change change = entry.change();
            loaded.add(switch (change.subject()) {
                case CONVERSATION -> new LiveChange(change, conversation(change.nodeId()), conversation(change.mergedInto()));
                case STATEMENT -> {
                    Statement statement = Statement.findBySlug(slug(change.nodeId(), StatementNode.TYPE));
                    yield new LiveChange(change, statement == null ? null : new StatementNode(statement),
                            conversation(change.conversationId()));
                }
                case DOCUMENT -> {
                    SourceDocument document = SourceDocument.findBySlug(slug(change.nodeId(), SourceDocumentNode.TYPE));
                    yield new LiveChange(change, document == null ? null : new SourceDocumentNode(document), null);
                }
            });
        }
        return loaded;
    }

    /** Fails with NOT_FOUND unless the ID names a leader (a filter on a leader that does not exist never matches). */
    @ActivateRequestContext
    @Transactional
    void requireLeader(String id) {
        Lookups.require(id, LeaderNode.TYPE, Leader::findBySlug);
    }

    @ActivateRequestContext
    @Transactional
    void requireConversation(String id) {
        Lookups.require(id, ConversationNode.TYPE, Conversation::findBySlug);
    }

    private static ConversationNode conversation(String id) {
        if (id == null) {
            return null;
        }
        Conversation conversation = Conversation.findBySlug(slug(id, ConversationNode.TYPE));
        return conversation == null ? null : new ConversationNode(conversation);
    }

    private static String slug(String id, String type) {
        return GlobalId.slugOf(id, type);
    }
}
