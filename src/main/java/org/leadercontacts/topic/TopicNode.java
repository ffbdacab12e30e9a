package org.leadercontacts.topic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.GlobalId;
import org.leadercontacts.common.Node;

@Type("Topic")
@Description("A subject discussed in conversations and addressed by statements.")
public final class TopicNode implements Node {

    public static final String TYPE = "Topic";

    private final Topic topic;

    public TopicNode(Topic topic) {
        this.topic = topic;
    }

    @Ignore
    public long key() {
        return topic.id;
    }

    @NonNull
    @Description("Incremented by every edit; pass it as `expectedVersion` when editing, so that concurrent edits "
            + "are detected instead of lost.")
    public int getVersion() {
        return topic.version;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID. Stable across restarts and databases.")
    public String getId() {
        return GlobalId.encode(TYPE, topic.slug);
    }

    @NonNull
    @Description("Short, stable identifier, e.g. `humanitarian-aid`.")
    public String getSlug() {
        return topic.slug;
    }

    @NonNull
    @Description("Display name.")
    public String getName() {
        return topic.name;
    }

    @NonNull
    @Description("One neutral sentence saying what the topic covers.")
    public String getDescription() {
        return topic.description;
    }
}
