package org.leadercontacts.changes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ChangeKind")
@Description("What an edit did to an object.")
public enum ChangeKind {
    @Description("It was created.")
    ADDED,
    @Description("Its fields, participants, topics, sources or statements changed.")
    UPDATED,
    @Description("It was found to be the same as another and merged into it (see `mergedInto`); its ID no longer resolves.")
    MERGED,
    @Description("It was deleted; its ID no longer resolves.")
    DELETED
}
