package org.leadercontacts.editing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.leadercontacts.common.InvalidInputException;
import org.leadercontacts.seed.Span;
import org.leadercontacts.seed.Verbatim;
import org.leadercontacts.source.SourceDocument;

/** Rules every edit follows: text quoted verbatim, the version it is based on current, a lost race a CONFLICT. */
final class EditRules {

    private EditRules() {
    }

    /** Where {@code text} occurs in the document (the {@code occurrence}-th time); a clear error if it does not. */
    static Span quote(SourceDocument document, String text, Integer occurrence) {
        Span span = Verbatim.locate(document.content, text, occurrence == null ? 1 : occurrence);
        if (span == null) {
            throw new InvalidInputException("The text is not in the document verbatim"
                    + (occurrence != null && occurrence > 1 ? " " + occurrence + " times" : "") + ": \""
                    + shorten(text) + "\"" + Verbatim.hint(document.content, text) + ".");
        }
        return span;
    }

    static void checkVersion(String type, String id, int actual, Integer expected) {
        if (expected == null || actual != expected) {
            throw new ConflictException(type + " " + id + " is at version " + actual + ", not " + expected
                    + ": it was changed since you read it. Read it again and reapply your edit.");
        }
    }

    /** Flushes inside the transaction, so that losing a race to a concurrent edit is a CONFLICT. */
    static <T> T flushed(EntityManager em, T entity, String type, String id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(type + " " + id + " was changed by a concurrent edit; nothing was changed. "
                    + "Read it again and reapply your edit.");
        }
        return entity;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
