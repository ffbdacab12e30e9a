package org.leadercontacts;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.leadercontacts.conversation.ConversationConnection;
import org.leadercontacts.leader.LeaderConnection;
import org.leadercontacts.source.SourceDocumentConnection;
import org.leadercontacts.statement.StatementConnection;
import org.leadercontacts.topic.TopicConnection;

/**
 * {@code totalCount} of each connection, counted only when asked for. The count queries block, so
 * they run here as resolvers rather than in getters; nested connections of one batch share one
 * grouped count query. Registered for reflection by hand: Quarkus registers the API classes that declare a query
 * or mutation, and SmallRye loads this one by name too (the native executable failed every request without it).
 */
@GraphQLApi
@RegisterForReflection
public class ConnectionCounts {

    @Name("totalCount")
    @Description("How many conversations the whole list holds.")
    public List<@NonNull Integer> conversations(@Source List<ConversationConnection> connections) {
        return connections.stream().map(c -> Math.toIntExact(c.count())).toList();
    }

    @Name("totalCount")
    @Description("How many statements the whole list holds.")
    public List<@NonNull Integer> statements(@Source List<StatementConnection> connections) {
        return connections.stream().map(c -> Math.toIntExact(c.count())).toList();
    }

    @Name("totalCount")
    @Description("How many leaders the whole list holds.")
    public List<@NonNull Integer> leaders(@Source List<LeaderConnection> connections) {
        return connections.stream().map(c -> Math.toIntExact(c.count())).toList();
    }

    @Name("totalCount")
    @Description("How many topics the whole list holds.")
    public List<@NonNull Integer> topics(@Source List<TopicConnection> connections) {
        return connections.stream().map(c -> Math.toIntExact(c.count())).toList();
    }

    @Name("totalCount")
    @Description("How many documents the whole list holds.")
    public List<@NonNull Integer> documents(@Source List<SourceDocumentConnection> connections) {
        return connections.stream().map(c -> Math.toIntExact(c.count())).toList();
    }
}
