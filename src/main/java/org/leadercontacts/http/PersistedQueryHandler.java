package org.leadercontacts.http;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Apollo's automatic persisted queries over POST and GET ({@code extensions.persistedQuery}, version 1), and
 * trusted documents by id ({@code documentId} too). Runs between the body handler and the guard: a request
 * naming a known id gets its query text put in, as if the client had sent it, so the guard, the response cache
 * and GET caching treat it like any other. An unknown id is answered {@code PersistedQueryNotFound}, which makes
 * Apollo's link send the text with the hash; that text is kept when it matches the hash. Everything else goes
 * on unchanged, for the guard to judge.
 */
@ApplicationScoped
public class PersistedQueryHandler {

    static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    @Inject
    PersistedQueries queries;

    void handle(RoutingContext context) {
        try {
            if (context.request().method() == HttpMethod.GET) {
                get(context);
            } else if (context.request().method() == HttpMethod.POST) {
                post(context);
            } else {
                context.next();
            }
        } catch (Refusal refusal) {
            refusal.answer(context);
        }
    }

    private void get(RoutingContext context) {
        MultiMap parameters = context.request().params();
        JsonObject extensions = object(parameters.get("extensions"));
        String query = parameters.get("query");
        String text = resolve(query, extensions, parameters.get("documentId"));
        if (text != null && query == null) {
            parameters.set("query", text);
            context.queryParams().set("query", text);
        }
        context.next();
    }

    private void post(RoutingContext context) {
        Buffer body = context.body().buffer();
        JsonObject json = body == null ? null : object(body.toString());
        if (json == null) {
            context.next();
            return;
        }
        Object query = json.getValue("query");
        Object extensions = json.getValue("extensions");
        Object documentId = json.getValue("documentId");
        String text = resolve(query instanceof String s ? s : null,
                extensions instanceof JsonObject e ? e : null, documentId instanceof String id ? id : null);
        if (text != null && query == null) {
            context.setBody(Buffer.buffer(json.copy().put("query", text).encode()));
        }
        context.next();
    }

    /**
     * The text to run when the request names a document instead of sending it; null to go on unchanged. Checks
     * and keeps a text sent with its hash; refuses what trusted-only mode does not allow.
     */
    String resolve(String query, JsonObject extensions, String documentId) {
        Object persisted = extensions == null ? null : extensions.getValue("persistedQuery");
        boolean sentText = query != null && !query.isBlank();
        if (persisted == null && documentId == null) {
            if (queries.trustedOnly() && sentText && !queries.trusted(query)) {
                throw new Refusal(403, "PERSISTED_QUERY_NOT_IN_LIST",
                        "Only trusted documents are accepted here: send the id of one from the manifest.");
            }
            return null;
        }
        String id = documentId;
        if (persisted != null) {
            if (!(persisted instanceof JsonObject p) || !(p.getValue("sha256Hash") instanceof String hash)
                    || !SHA256.matcher(hash).matches()) {
                throw new Refusal(400, "BAD_REQUEST", "`extensions.persistedQuery` must be {\"version\": 1, "
                        + "\"sha256Hash\": \"<64 hex digits>\"}.");
            }
            if (!Integer.valueOf(1).equals(p.getValue("version"))) {
                throw new Refusal(400, "BAD_REQUEST", "Unsupported persisted query version");
            }
            id = hash.toLowerCase(java.util.Locale.ROOT);
        }
        if (!queries.enabled()) {
            if (sentText) {
                return null;
            }
            throw new Refusal(400, "PERSISTED_QUERY_NOT_SUPPORTED", "PersistedQueryNotSupported");
        }
        if (sentText) {
            if (persisted != null && !PersistedQueries.sha256(query).equals(id)) {
                throw new Refusal(400, "BAD_REQUEST", "provided sha does not match query");
            }
            if (queries.trustedOnly() && !queries.trusted(query)) {
                throw new Refusal(403, "PERSISTED_QUERY_NOT_IN_LIST",
                        "Only trusted documents are accepted here: send the id of one from the manifest.");
            }
            if (persisted != null) {
                queries.register(id, query);
            }
            return null;
        }
        String text = queries.find(id);
        if (text == null) {
            throw new Refusal(404, NOT_FOUND, "PersistedQueryNotFound");
        }
        return text;
    }

    private static JsonObject object(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return io.vertx.core.json.Json.decodeValue(text) instanceof JsonObject object ? object : null;
        } catch (DecodeException e) {
            return null;
        }
    }

    /**
     * A request answered here. As Apollo Server does, a document not found is 200 for {@code application/json}
     * clients (4xx for {@code application/graphql-response+json} ones, as the GraphQL-over-HTTP spec asks), and
     * never cached, since the next request may register it.
     */
    static final class Refusal extends RuntimeException {
        final int status;
        final String code;

        Refusal(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }

        void answer(RoutingContext context) {
            int answered = status == 404 && !HttpConventions.acceptsGraphQLResponse(context) ? 200 : status;
            context.response().putHeader("Cache-Control", "private, no-cache, must-revalidate");
            ErrorResponses.reject(context, answered, code, getMessage(), Map.of());
        }
    }
}
