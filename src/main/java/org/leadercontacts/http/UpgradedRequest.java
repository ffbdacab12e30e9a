package org.leadercontacts.http;

import java.lang.reflect.Method;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.http.HttpServerRequest;

/**
 * Tells Quarkus that a request upgraded to a WebSocket is over once the WebSocket closes. Quarkus's graceful shutdown
 * counts every request until its response ends, and the response of an upgraded request never does: without this,
 * each subscription connection ever opened held shutdown for its whole timeout. Quarkus keeps the method that ends a
 * request package-private, so it is called by reflection; resolving it is part of loading this class, which every
 * WebSocket connection does, so an upgrade that renames it fails {@code SubscriptionTests}.
 */
@RegisterForReflection(targets = QuarkusRequestWrapper.class, methods = true, fields = false)
final class UpgradedRequest {

    private static final Method DONE = done();

    private UpgradedRequest() {
    }

    static void closed(HttpServerRequest request) {
        QuarkusRequestWrapper wrapper = QuarkusRequestWrapper.get(request);
        if (wrapper != null) {
            try {
                DONE.invoke(wrapper);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Could not end an upgraded request", e);
            }
        }
    }

    private static Method done() {
        try {
            Method done = QuarkusRequestWrapper.class.getDeclaredMethod("done");
            done.setAccessible(true);
            return done;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("QuarkusRequestWrapper.done() is gone: see UpgradedRequest", e);
        }
    }
}
