package org.leadercontacts.leader;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("LeaderOrder")
@Description("Orderings of leaders.")
public enum LeaderOrder {
    @Description("By canonical name, A to Z.")
    NAME_ASC,
    @Description("By canonical name, Z to A.")
    NAME_DESC
}
