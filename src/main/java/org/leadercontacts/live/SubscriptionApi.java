package org.leadercontacts.live;

import java.util.List;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.leadercontacts.changes.ChangeKind;
import org.leadercontacts.changes.Subject;
import org.leadercontacts.common.GlobalId;
import org.leadercontacts.conversation.ConversationNode;
import org.leadercontacts.leader.LeaderNode;
import org.leadercontacts.source.SourceDocumentNode;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Live updates over WebSocket (graphql-transport-ws): each subscription hears of the edits committed after it
 * started, on any replica, in commit order. The event types are nullable so that a subscription refused after it
 * started (a filter naming a leader that does not exist) still reaches the client as an error, then completes.
 */
@GraphQLApi
public class SubscriptionApi {

    /** Changes a subscriber may fall behind by before its subscription ends with an error. */
    private static final int BACKLOG = 1024;

    @Inject
    ChangeFeed feed;

    @Inject
    ChangeLoader loader;

    @Subscription("conversationChanged")
    @Description("Conversations as editors add, change, merge and delete them.")
    public Multi<ConversationChange> conversationChanged(
            @Description("Which changes to report; all by default.") ConversationChangeFilter filter) {
        String leader = filter == null ? null : normalized(filter.participant, LeaderNode.TYPE);
        List<ChangeKind> kinds = filter == null ? null : filter.kinds;
        Predicate<LiveChange> wanted = live -> live.change().subject() == Subject.CONVERSATION
                && (leader == null || live.change().concerns(leader))
                && (kinds == null || kinds.contains(live.change().kind()));
        return changes(leader == null ? null : () -> loader.requireLeader(leader), wanted).map(ConversationChange::new);
    }

    @Subscription("statementChanged")
    @Description("Statements as editors add, change and delete them, and as merges move them.")
    public Multi<StatementChange> statementChanged(
            @Description("Which changes to report; all by default.") StatementChangeFilter filter) {
        String leader = filter == null ? null : normalized(filter.speaker, LeaderNode.TYPE);
        String within = filter == null ? null : normalized(filter.conversation, ConversationNode.TYPE);
        Predicate<LiveChange> wanted = live -> live.change().subject() == Subject.STATEMENT
                && (leader == null || live.change().concerns(leader))
                && (within == null || within.equals(live.change().conversationId()));
        Runnable check = () -> {
            if (leader != null) {
                loader.requireLeader(leader);
            }
            if (within != null) {
                loader.requireConversation(within);
            }
        };
        return changes(check, wanted).map(StatementChange::new);
    }

    @Subscription("documentAdded")
    @Description("Source documents as editors add them.")
    public Multi<SourceDocumentNode> documentAdded() {
        return changes(null, live -> live.change().subject() == Subject.DOCUMENT && live.node() != null)
                .map(live -> (SourceDocumentNode) live.node());
    }

    /**
     * The feed, filtered, delivered on a worker thread of this subscriber's own (never the editor's), after
     * {@code check} (which looks filters up in the store) passes. A subscriber that falls {@link #BACKLOG} changes
     * behind is ended with an error rather than slowing the feed for everyone.
     */
    private Multi<LiveChange> changes(Runnable check, Predicate<LiveChange> wanted) {
        PerEventRequestContext requestContext = PerEventRequestContext.ofCurrentSubscription();
        Multi<LiveChange> live = feed.changes().onOverflow().buffer(BACKLOG).select().where(wanted)
                .emitOn(Infrastructure.getDefaultWorkerPool()).onItem().invoke(ignored -> requestContext.next())
                .onTermination().invoke(requestContext::close);
        if (check == null) {
            return live;
        }
        return Uni.createFrom().voidItem().invoke(ignored -> check.run())
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).onItem().transformToMulti(ignored -> live);
    }

    /** The canonical form of an ID given as a filter, or null; fails on an ID of another type. */
    private static String normalized(String id, String type) {
        return id == null ? null : GlobalId.encode(type, GlobalId.slugOf(id, type));
    }
}
