package org.leadercontacts.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.leadercontacts.store.StoreRevision;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** HTTP caching of GET queries: an ETag from the store's revision and the request, and 304 for a current copy. */
@ApplicationScoped
class ConditionalGet {

    @Inject
    StoreRevision storeRevision;

    @ConfigProperty(name = "contacts.cache.max-age", defaultValue = "60")
    int cacheMaxAge;

    /** Adds cache headers to a GET query; answers 304 itself when the client's copy is current. */
    boolean cacheable(RoutingContext context, GraphQLRequest request) {
        String etag = "W/\"" + storeRevision.current() + "-" + digest(request) + "\"";
        context.response().putHeader("ETag", etag).putHeader("Cache-Control", "public, max-age=" + cacheMaxAge)
                .putHeader("Vary", "Accept");
        String ifNoneMatch = context.request().getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.trim().equals("*")
                || List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag))) {
            context.response().setStatusCode(304).end();
            return false;
        }
        return true;
    }

    private static String digest(GraphQLRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.query().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(request.operationName()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(new JsonObject(request.variables()).encode().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
