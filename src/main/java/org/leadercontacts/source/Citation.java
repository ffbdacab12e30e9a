package org.leadercontacts.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Citation")
@Description("An outlet or body that a document names as its own source.")
public record Citation(
        @NonNull @Description("Name of the cited outlet or body, e.g. `RT`, `AFP`, `Kremlin`.") String name,
        @NonNull @Description("Where the document cites it.") SourceSpan source) {
}
