package org.leadercontacts.search;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.source.SourceSpan;

@Type("SearchHit")
@Description("One result of a search: the object, how well it matched, and the matching passage.")
public final class SearchHit {

    private final SearchHitType type;
    private final long key;
    private final float score;
    private final String snippet;
    private final List<TextRange> highlights;
    private final SourceSpan source;

    SearchHit(SearchHitType type, long key, float score, String snippet, List<TextRange> highlights, SourceSpan source) {
        this.type = type;
        this.key = key;
        this.score = score;
        this.snippet = snippet;
        this.highlights = highlights;
        this.source = source;
    }

    @Ignore
    public long key() {
        return key;
    }

    @NonNull
    @Description("What kind of object matched.")
    public SearchHitType getType() {
        return type;
    }

    @NonNull
    @Description("Relevance (BM25); higher is better. Only comparable within one search.")
    public double getScore() {
        return score;
    }

    @NonNull
    @Description("The best-matching passage, as plain text.")
    public String getSnippet() {
        return snippet;
    }

    @NonNull
    @Description("Where the search terms occur in `snippet`, for highlighting.")
    public List<@NonNull TextRange> getHighlights() {
        return highlights;
    }

    @NonNull
    @Description("`snippet` with each highlight wrapped in `<mark>` and `</mark>` (text otherwise unescaped).")
    public String getMarkedSnippet() {
        StringBuilder marked = new StringBuilder();
        int at = 0;
        for (TextRange range : highlights) {
            marked.append(snippet, at, range.start()).append("<mark>").append(snippet, range.start(), range.end())
                    .append("</mark>");
            at = range.end();
        }
        return marked.append(snippet.substring(at)).toString();
    }

    @Description("Where the snippet is in its source document; null for leaders, whose names come from several "
            + "documents (see `Leader.aliases`).")
    public SourceSpan getSource() {
        return source;
    }
}
