package org.leadercontacts.conversation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.leader.LeaderNode;

@Type("Participant")
@Description("A leader who took part in a conversation, and in what role.")
public record ParticipantInfo(@NonNull @Description("The leader.") LeaderNode leader,
        @NonNull @Description("The part they played.") ParticipantRole role) {
}
