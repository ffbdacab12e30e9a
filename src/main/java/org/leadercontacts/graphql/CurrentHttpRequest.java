package org.leadercontacts.graphql;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** The HTTP request an execution serves, if it serves one: a subscription's execution (over a WebSocket) has none. */
public final class CurrentHttpRequest {

    private CurrentHttpRequest() {
    }

    /** The request's routing context, or null outside an HTTP request's context. */
    public static RoutingContext orNull() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
        return current == null ? null : current.getCurrent();
    }
}
