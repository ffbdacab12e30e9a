package org.leadercontacts.http;

import io.vertx.ext.web.RoutingContext;

/** Names and media types every answer of the GraphQL endpoint follows. */
final class HttpConventions {

    /** The header (and routing-context key) that carries a request's id, the client's if it sent a usable one. */
    static final String REQUEST_ID = "X-Request-Id";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private HttpConventions() {
    }

    static boolean acceptsGraphQLResponse(RoutingContext context) {
        String accept = context.request().getHeader("Accept");
        return accept != null && accept.contains(GRAPHQL_RESPONSE);
    }
}
