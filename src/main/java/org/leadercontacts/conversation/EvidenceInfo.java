package org.leadercontacts.conversation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.source.SourceSpan;

@Type("Evidence")
@Description("A fact about a conversation as one document states it.")
public record EvidenceInfo(@NonNull @Description("Which fact.") FactKind fact,
        @NonNull @Description("The fact's value as this document gives it (a date, a place, a name, a topic).") String value,
        @NonNull @Description("Where the document states it.") SourceSpan source) {
}
