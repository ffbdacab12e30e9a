package org.leadercontacts.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;

@Interface
@Description("An object with a stable, opaque global ID that `node(id:)` can fetch again.")
public interface Node {

    @Id
    @org.eclipse.microprofile.graphql.NonNull
    @Description("Opaque global ID. Stable across restarts and databases.")
    String getId();
}
