package org.leadercontacts.leader;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.GlobalId;
import org.leadercontacts.common.Node;

@Type("Leader")
@Description("A person who holds or held office and speaks for a country: head of state, head of government, "
        + "minister, envoy. One Leader per person, whatever the spelling a document uses.")
public final class LeaderNode implements Node {

    public static final String TYPE = "Leader";

    private final Leader leader;

    public LeaderNode(Leader leader) {
        this.leader = leader;
    }

    @Ignore
    public long key() {
        return leader.id;
    }

    @Ignore
    public String countryCode() {
        return leader.countryCode;
    }

    @NonNull
    @Description("Incremented by every edit; pass it as `expectedVersion` when editing, so that concurrent edits "
            + "are detected instead of lost.")
    public int getVersion() {
        return leader.version;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID. Stable across restarts and databases.")
    public String getId() {
        return GlobalId.encode(TYPE, leader.slug);
    }

    @NonNull
    @Description("Canonical name, e.g. `Bashar al-Assad`.")
    public String getName() {
        return leader.name;
    }
}
