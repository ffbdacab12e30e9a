package org.leadercontacts.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SourceSpan")
@Description("The exact place in a source document that states something: character offsets in UTF-16 code units "
        + "(JavaScript string indices), `end` exclusive, so `document.text.slice(start, end)` is `text`.")
public final class SourceSpan {

    private final long documentId;
    private final int start;
    private final int end;

    public SourceSpan(long documentId, int start, int end) {
        this.documentId = documentId;
        this.start = start;
        this.end = end;
    }

    @Ignore
    public long documentKey() {
        return documentId;
    }

    @NonNull
    @Description("Offset of the first character.")
    public int getStart() {
        return start;
    }

    @NonNull
    @Description("Offset just past the last character.")
    public int getEnd() {
        return end;
    }
}
