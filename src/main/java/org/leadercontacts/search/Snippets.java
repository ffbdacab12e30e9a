package org.leadercontacts.search;

import static org.leadercontacts.search.IndexSource.TEXT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/** The passage of a hit's text that shows why it matched, with the matched words' offsets. */
@ApplicationScoped
public class Snippets {

    @Inject
    SearchIndex index;

    /** The best passage of {@code text} for the query, with match offsets relative to the passage. */
    Snippet snippet(Query query, String text, boolean whole) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builderWithoutSearcher(index.analyzer())
                .withFormatter(new SnippetFormatter()).withMaxLength(Math.max(1, text.length()))
                .withMaxNoHighlightPassages(1);
        if (whole) {
            builder.withBreakIterator(WholeBreakIterator::new);
        }
        UnifiedHighlighter highlighter = builder.build();
        try {
            Object snippet = highlighter.highlightWithoutSearcher(TEXT, query, text, 1);
            if (snippet instanceof Snippet found) {
                return found;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int end = Math.min(text.length(), 240);
        return new Snippet(0, end, List.of());
    }

    /** A passage of a text, and the matches inside it relative to its start. */
    record Snippet(int start, int end, List<TextRange> matches) {
    }

    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage passage = passages[0];
            List<TextRange> matches = new ArrayList<>();
            int lastEnd = -1;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i] - passage.getStartOffset();
                int end = passage.getMatchEnds()[i] - passage.getStartOffset();
                if (start >= lastEnd) {
                    matches.add(new TextRange(start, end));
                    lastEnd = end;
                }
            }
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            // Passages end after trailing white space; trim it so the snippet reads cleanly.
            while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
                end--;
            }
            return new Snippet(start, end, matches);
        }
    }
}
