package org.leadercontacts.live;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.leadercontacts.changes.ChangeKind;

@Input("ConversationChangeFilter")
@Description("Which conversation changes to report; all given conditions apply.")
public class ConversationChangeFilter {

    @Id
    @Description("ID of a leader who takes part, or took part before the edit.")
    public String participant;

    @Description("Only these kinds of change.")
    public List<@NonNull ChangeKind> kinds;
}
