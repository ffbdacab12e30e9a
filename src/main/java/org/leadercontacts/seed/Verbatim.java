package org.leadercontacts.seed;

/** Finding quoted text in a document exactly as written, for the loader and for editors alike. */
public final class Verbatim {

    private Verbatim() {
    }

    /** The span of the {@code occurrence}-th occurrence (1-based) of {@code text}, or null. */
    public static Span locate(String content, String text, int occurrence) {
        if (text == null || text.isEmpty() || occurrence < 1) {
            return null;
        }
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = content.indexOf(text, at + 1);
            if (at < 0) {
                return null;
            }
        }
        return new Span(at, at + text.length());
    }

    /** A hint when the text is there but for quote marks, dashes or white space; else "". */
    public static String hint(String content, String text) {
        return normalize(content).contains(normalize(text))
                ? " (it differs only in quote marks, dashes or white space: copy those characters exactly)"
                : "";
    }

    private static String normalize(String text) {
        return text.replaceAll("[\u201C\u201D\u201E\u00AB\u00BB]", "\"").replaceAll("[\u2018\u2019]", "'")
                .replaceAll("[\u2013\u2014]", "-").replaceAll("\\s+", " ");
    }
}
