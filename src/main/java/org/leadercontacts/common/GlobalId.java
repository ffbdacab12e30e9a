package org.leadercontacts.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque global IDs: base64url of {@code Type:slug}. Slugs come from the annotation files, so an
 * ID survives reseeding and moving between H2 and PostgreSQL.
 */
public record GlobalId(String type, String slug) {

    public static String encode(String type, String slug) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + slug).getBytes(StandardCharsets.UTF_8));
    }

    public static GlobalId decode(String id) {
        if (id == null || id.isBlank() || id.length() > 512) {
            throw new InvalidInputException("\"" + shorten(id) + "\" is not a valid ID. Use an `id` returned by this API.");
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("\"" + shorten(id) + "\" is not a valid ID. Use an `id` returned by this API.");
        }
        int colon = decoded.indexOf(':');
        // PostgreSQL refuses a NUL in a query parameter.
        if (colon <= 0 || colon == decoded.length() - 1 || decoded.indexOf('\u0000') >= 0) {
            throw new InvalidInputException("\"" + shorten(id) + "\" is not a valid ID. Use an `id` returned by this API.");
        }
        return new GlobalId(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** Decodes an ID that must name an object of the given type. */
    public static String slugOf(String id, String expectedType) {
        GlobalId globalId = decode(id);
        if (!globalId.type().equals(expectedType)) {
            throw new InvalidInputException("ID \"" + shorten(id) + "\" is a " + globalId.type() + " ID, but a "
                    + expectedType + " ID is expected here.");
        }
        return globalId.slug();
    }

    static String shorten(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
