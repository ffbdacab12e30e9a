package org.leadercontacts.leader;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.PageInfo;
import org.leadercontacts.common.PartialDate;

@Type("CounterpartConnection")
@Description("A page of the leaders someone has spoken with, most recent contact first.")
public record CounterpartConnection(
        @NonNull @Description("The counterparts of this page, each with its cursor.") List<@NonNull Edge> edges,
        @NonNull @Description("Where this page sits in the list.") PageInfo pageInfo,
        @NonNull @Description("How many counterparts the whole list holds.") int totalCount) {

    @Type("CounterpartEdge")
    @Description("A leader who took part in at least one conversation with the leader in question.")
    public record Edge(@NonNull @Description("Opaque cursor of this position.") String cursor,
            @NonNull @Description("The counterpart.") LeaderNode node,
            @NonNull @Description("How many conversations the two took part in together.") int conversationCount,
            @NonNull @Description("Date of their first conversation together.") PartialDate firstContact,
            @NonNull @Description("Date of their most recent conversation together.") PartialDate lastContact) {
    }
}
