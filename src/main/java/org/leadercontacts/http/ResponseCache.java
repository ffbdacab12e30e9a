package org.leadercontacts.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.leadercontacts.common.RevisionCache;
import org.leadercontacts.store.StoreRevision;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Complete answers to queries, keyed by the request and the store revision they were computed at
 * (a {@link RevisionCache}, so never stale). That revision covers search results too: a search is answered
 * only from an index that reflects it (see {@code SearchIndex}). Only successful answers to queries are kept;
 * errors carry request ids and are never cached.
 */
@ApplicationScoped
public class ResponseCache {

    /** Where the guard leaves a query's key for {@link ResponseCaching} to store the answer under. */
    static final String KEY = "contacts.responseCacheKey";

    @ConfigMapping(prefix = "contacts.cache.responses")
    public interface Settings {

        /** Serve repeated queries from memory (also the SmallRye eventing switch for {@link ResponseCaching}). */
        @WithDefault("true")
        boolean enabled();

        /** Upper bound on the memory held by cached answers and their keys. */
        @WithDefault("16777216")
        long maxBytes();
    }

    /** Everything that can change an answer's bytes: the store, the request, and content negotiation. */
    record Key(long revision, String query, String operationName, String variables, String accept,
            String acceptCharset) {

        int weight() {
            return 64 + 2 * (query.length() + variables.length() + (operationName == null ? 0 : operationName.length())
                    + (accept == null ? 0 : accept.length()) + (acceptCharset == null ? 0 : acceptCharset.length()));
        }
    }

    record Answer(String contentType, Buffer body) {
    }

    @Inject
    Settings settings;

    @Inject
    StoreRevision storeRevision;

    @Inject
    MeterRegistry registry;

    private RevisionCache<Key, Answer> answers;

    @PostConstruct
    void create() {
        answers = new RevisionCache<>("graphql-responses", settings.maxBytes(),
                (Key key, Answer answer) -> key.weight() + answer.body().length(), storeRevision, registry);
    }

    /** The key of a request at the current revision, or null when caching is off or the store unseeded. */
    Key key(RoutingContext context, GraphQLRequest request) {
        long revision = storeRevision.current();
        if (!settings.enabled() || revision < 0) {
            return null;
        }
        return new Key(revision, request.query(), request.operationName(),
                new JsonObject(request.variables()).encode(), context.request().getHeader("Accept"),
                context.request().getHeader("Accept-Charset"));
    }

    Answer get(Key key) {
        return answers.get(key);
    }

    void put(Key key, String contentType, Buffer body) {
        answers.keep(key.revision(), key, new Answer(contentType, body));
    }
}
