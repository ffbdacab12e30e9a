package org.leadercontacts.leader;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.source.SourceSpan;

@Type("Alias")
@Description("A spelling of a leader's name as a document writes it, including nicknames, noms de guerre and "
        + "garbled forms.")
public record AliasInfo(@NonNull @Description("The spelling, verbatim.") String text,
        @Description("Why this spelling is notable (e.g. `garbled in the source`, `nom de guerre`).") String note,
        @NonNull @Description("Where the document writes it.") SourceSpan source) {
}
