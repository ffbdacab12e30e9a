package org.leadercontacts.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("StatementChangeFilter")
@Description("Which statement changes to report; all given conditions apply.")
public class StatementChangeFilter {

    @Id
    @Description("ID of the leader who made it (before or after the edit).")
    public String speaker;

    @Id
    @Description("ID of the conversation it belongs to (after the edit).")
    public String conversation;
}
