package org.leadercontacts.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

/** The persisted-query decisions in the settings no running test profile has (plain JUnit, no application). */
class PersistedQueryProtocolTests {

    static final String QUERY = "{ topics { totalCount } }";

    @Test
    void withAutomaticPersistedQueriesOffHashesAreNotSupportedAndTextsRunAsSent() {
        PersistedQueryHandler handler = handler(false, Optional.empty(), false);
        PersistedQueryHandler.Refusal refusal = assertThrows(PersistedQueryHandler.Refusal.class,
                () -> handler.resolve(null, extension(PersistedQueries.sha256(QUERY)), null));
        assertEquals("PERSISTED_QUERY_NOT_SUPPORTED", refusal.code);
        assertEquals("PersistedQueryNotSupported", refusal.getMessage());
        assertNull(handler.resolve(QUERY, extension(PersistedQueries.sha256(QUERY)), null));
        PersistedQueryHandler.Refusal notKept = assertThrows(PersistedQueryHandler.Refusal.class,
                () -> handler.resolve(null, extension(PersistedQueries.sha256(QUERY)), null));
        assertEquals("PERSISTED_QUERY_NOT_SUPPORTED", notKept.code);
    }

    @Test
    void registrationIsBoundedByTheConfiguredBytes() {
        PersistedQueryHandler handler = handler(true, Optional.empty(), false, 64 + 2 * QUERY.length());
        String other = "{ leaders { totalCount } }";
        handler.resolve(QUERY, extension(PersistedQueries.sha256(QUERY)), null);
        handler.resolve(other, extension(PersistedQueries.sha256(other)), null);
        handler.queries.registeredCleanUp();
        int found = 0;
        for (String text : new String[] { QUERY, other }) {
            try {
                handler.resolve(null, extension(PersistedQueries.sha256(text)), null);
                found++;
            } catch (PersistedQueryHandler.Refusal notFound) {
                assertEquals(PersistedQueryHandler.NOT_FOUND, notFound.code);
            }
        }
        assertEquals(1, found, "room for one text only");
    }

    @Test
    void trustedOnlyNeedsAManifest() {
        assertThrows(IllegalStateException.class, () -> handler(true, Optional.empty(), true));
    }

    static JsonObject extension(String hash) {
        return new JsonObject().put("persistedQuery", new JsonObject().put("version", 1).put("sha256Hash", hash));
    }

    static PersistedQueryHandler handler(boolean enabled, Optional<Path> manifest, boolean trustedOnly) {
        return handler(enabled, manifest, trustedOnly, 4_194_304);
    }

    static PersistedQueryHandler handler(boolean enabled, Optional<Path> manifest, boolean trustedOnly, long maxBytes) {
        PersistedQueries queries = new PersistedQueries();
        queries.settings = new PersistedQueries.Settings() {
            public boolean enabled() {
                return enabled;
            }

            public long maxBytes() {
                return maxBytes;
            }

            public Optional<Path> manifest() {
                return manifest;
            }

            public boolean trustedOnly() {
                return trustedOnly;
            }
        };
        queries.load();
        PersistedQueryHandler handler = new PersistedQueryHandler();
        handler.queries = queries;
        return handler;
    }
}
