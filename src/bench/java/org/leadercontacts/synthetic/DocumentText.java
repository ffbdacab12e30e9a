package org.leadercontacts.synthetic;

/** A document being written, paragraph by paragraph, that knows where each passage it adds sits. */
final class DocumentText {

    /** A passage and its span: {@code content.substring(start, end).equals(text)}. */
    record Located(String text, int start, int end) {
    }

    private final StringBuilder content = new StringBuilder();

    void line(String text) {
        content.append(text).append('\n');
    }

    Located paragraph(String text) {
        return quoted("", text, "");
    }

    /** Adds a paragraph {@code before + text + after} and returns where {@code text} is. */
    Located quoted(String before, String text, String after) {
        if (!content.isEmpty()) {
            content.append('\n');
        }
        content.append(before);
        int start = content.length();
        content.append(text).append(after).append('\n');
        return new Located(text, start, start + text.length());
    }

    int length() {
        return content.length();
    }

    @Override
    public String toString() {
        return content.toString();
    }
}
