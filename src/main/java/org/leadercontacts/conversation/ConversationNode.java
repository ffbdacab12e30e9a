package org.leadercontacts.conversation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.DatePrecision;
import org.leadercontacts.common.GlobalId;
import org.leadercontacts.common.Node;
import org.leadercontacts.common.PartialDate;

@Type("Conversation")
@Description("One diplomatic contact (phone call, meeting, interview), however many documents report it. Its fields "
        + "are the canonical values; `sources` gives each document's own version and `evidence` the exact spans.")
public final class ConversationNode implements Node {

    public static final String TYPE = "Conversation";

    private final Conversation conversation;

    public ConversationNode(Conversation conversation) {
        this.conversation = conversation;
    }

    @Ignore
    public long key() {
        return conversation.id;
    }

    @Ignore
    public Long initiatorKey() {
        return conversation.initiatorId;
    }

    @NonNull
    @Description("Incremented by every edit; pass it as `expectedVersion` when editing, so that concurrent edits "
            + "are detected instead of lost.")
    public int getVersion() {
        return conversation.version;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID. Stable across restarts and databases.")
    public String getId() {
        return GlobalId.encode(TYPE, conversation.slug);
    }

    @NonNull
    @Description("How it took place.")
    public ConversationKind getKind() {
        return conversation.kind;
    }

    @NonNull
    @Description("A short descriptive title.")
    public String getTitle() {
        return conversation.title;
    }

    @NonNull
    @Description("When it happened: the most precise date the sources give; where equally precise sources disagree, "
            + "the date most of them give. See `sources` for each source's date.")
    public PartialDate getDate() {
        return new PartialDate(conversation.dateValue);
    }

    @NonNull
    @Description("How precisely `date` is known.")
    public DatePrecision getDatePrecision() {
        return conversation.datePrecision;
    }

    @NonNull
    @Description("True when the sources give dates that cannot all be right.")
    public boolean isDateDisputed() {
        return conversation.dateDisputed;
    }

    @Description("Where it took place, as specifically as any source says; null when no source says.")
    public String getPlace() {
        return conversation.place;
    }

    @Description("For interviews: the news organisation that conducted it.")
    public String getOutlet() {
        return conversation.outlet;
    }
}
