package org.leadercontacts.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TextRange")
@Description("A range of characters in a snippet (UTF-16 offsets, end exclusive).")
public record TextRange(@NonNull @Description("Offset of the first character.") int start,
        @NonNull @Description("Offset just past the last character.") int end) {
}
