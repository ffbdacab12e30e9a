package org.leadercontacts.http;

import static org.leadercontacts.http.HttpConventions.GRAPHQL_RESPONSE;
import static org.leadercontacts.http.HttpConventions.REQUEST_ID;
import static org.leadercontacts.http.HttpConventions.acceptsGraphQLResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import graphql.language.SourceLocation;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The answers the front door gives itself: GraphQL errors with a code and the request's id, in the asked-for type. */
final class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static void reject(RoutingContext context, int status, String code, String message, Map<String, Object> extensions) {
        writeErrors(context, status, List.of(error(context, message, code, List.of(), extensions)));
    }

    static JsonObject error(RoutingContext context, String message, String code, List<SourceLocation> locations,
            Map<String, Object> extra) {
        JsonObject extensions = new JsonObject().put("code", code).put("requestId", context.get(REQUEST_ID));
        extra.forEach(extensions::put);
        JsonObject error = new JsonObject().put("message", message).put("extensions", extensions);
        if (locations != null && !locations.isEmpty()) {
            List<JsonObject> points = new ArrayList<>();
            locations.forEach(l -> points.add(new JsonObject().put("line", l.getLine()).put("column", l.getColumn())));
            error.put("locations", new JsonArray(points));
        }
        return error;
    }

    static void writeErrors(RoutingContext context, int status, List<JsonObject> errors) {
        if (context.response().ended()) {
            return;
        }
        LOG.debugf("Rejected request %s with %s: %s", (Object) context.get(REQUEST_ID), (Object) status, errors);
        context.response().setStatusCode(status)
                .putHeader("Content-Type", (acceptsGraphQLResponse(context) ? GRAPHQL_RESPONSE : "application/json")
                        + "; charset=utf-8")
                .end(new JsonObject().put("errors", new JsonArray(new ArrayList<>(errors))).encode());
    }
}
