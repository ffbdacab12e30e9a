package org.leadercontacts.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque position in one ordering of one connection: the sort value and the row id after
 * which a page starts. The ordering's tag is part of the cursor so that a cursor from one list
 * or ordering is rejected by another instead of silently skipping rows.
 */
public record Cursor(String sortValue, long id) {

    private static final String VERSION = "v1";

    public static String encode(String ordering, Object sortValue, long id) {
        String raw = VERSION + "\u001f" + ordering + "\u001f" + sortValue + "\u001f" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String cursor, String ordering) {
        if (cursor == null) {
            return null;
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(cursor);
        }
        String[] parts = raw.split("\u001f", -1);
        // PostgreSQL refuses a NUL in a query parameter.
        if (parts.length != 4 || !VERSION.equals(parts[0]) || raw.indexOf('\u0000') >= 0) {
            throw invalid(cursor);
        }
        if (!parts[1].equals(ordering)) {
            throw new InvalidInputException("Cursor \"" + GlobalId.shorten(cursor)
                    + "\" belongs to another list or ordering. Use a cursor from this connection's own pageInfo or edges.");
        }
        try {
            return new Cursor(parts[2], Long.parseLong(parts[3]));
        } catch (NumberFormatException e) {
            throw invalid(cursor);
        }
    }

    static InvalidInputException invalid(String cursor) {
        return new InvalidInputException("\"" + GlobalId.shorten(cursor)
                + "\" is not a valid cursor. Use `endCursor`/`startCursor` from `pageInfo` or an edge's `cursor`.");
    }
}
