package org.leadercontacts;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.leadercontacts.common.GlobalId;
import org.leadercontacts.common.InvalidInputException;
import org.leadercontacts.common.Node;
import org.leadercontacts.common.NotFoundException;
import org.leadercontacts.conversation.ConversationNode;
import org.leadercontacts.conversation.Conversations;
import org.leadercontacts.leader.LeaderNode;
import org.leadercontacts.leader.Leaders;
import org.leadercontacts.source.Documents;
import org.leadercontacts.source.SourceDocumentNode;
import org.leadercontacts.statement.StatementNode;
import org.leadercontacts.statement.Statements;
import org.leadercontacts.topic.TopicNode;
import org.leadercontacts.topic.Topics;

/** Refetching any object by its global ID (Relay's Object Identification). */
@GraphQLApi
public class NodeApi {

    private static final int MAX_IDS = 100;

    @Inject
    Leaders leaders;

    @Inject
    Conversations conversations;

    @Inject
    Statements statements;

    @Inject
    Topics topics;

    @Query("node")
    @Description("The object with this ID. An ID that names nothing is a NOT_FOUND error; a malformed one is "
            + "BAD_USER_INPUT.")
    public Node node(@NonNull @Id @Description("A global ID returned by this API.") String id) {
        GlobalId globalId = GlobalId.decode(id);
        return switch (globalId.type()) {
            case LeaderNode.TYPE -> new LeaderNode(leaders.require(id));
            case ConversationNode.TYPE -> new ConversationNode(conversations.require(id));
            case StatementNode.TYPE -> new StatementNode(statements.require(id));
            case TopicNode.TYPE -> new TopicNode(topics.require(id));
            case SourceDocumentNode.TYPE -> new SourceDocumentNode(Documents.require(id));
            default -> throw new NotFoundException("object", id);
        };
    }

    /** Declared {@code [String!]!} here; served as {@code [ID!]!} ({@link NodesTakeIds}). */
    @Query("nodes")
    @Description("The objects with these IDs, in the same order (at most 100). Fails as a whole if any ID is "
            + "malformed or names nothing.")
    public @NonNull List<Node> nodes(
            @NonNull @Description("Global IDs returned by this API.") List<@NonNull String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new InvalidInputException("`nodes` takes at most " + MAX_IDS + " IDs; got " + ids.size() + ".");
        }
        return ids.stream().map(this::node).toList();
    }
}
