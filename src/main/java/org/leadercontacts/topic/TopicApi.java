package org.leadercontacts.topic;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.leadercontacts.common.PageRequest;

@GraphQLApi
public class TopicApi {

    @Inject
    Topics topics;

    @Query("topics")
    @Description("Topics discussed in conversations, by name.")
    public @NonNull TopicConnection topics(
            @Description("Part of the topic's name or slug, case-insensitive.") String name,
            @Description("Return the first n topics (at most 100).") Integer first,
            @Description("Return topics after this cursor.") String after,
            @Description("Return the last n topics (at most 100).") Integer last,
            @Description("Return topics before this cursor.") String before) {
        PageRequest page = PageRequest.of(Topics.BY_NAME.name(), first, after, last, before);
        return new TopicConnection(topics.page(name, page));
    }
}
