package org.leadercontacts.http;

import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;


import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.graphqltransportws.GraphQLTransportWSSubprotocolHandler;

/**
 * SmallRye GraphQL's graphql-transport-ws handler, with the checks that HTTP requests pass before it runs a
 * {@code subscribe}: the size of a message, the number of subscriptions per connection, and the
 * {@link OperationCheck} (limits, validation, variables). Only subscriptions run here: queries and mutations go over
 * HTTP, where the response cache, the admission queue and the editor's token apply. This class reaches into
 * SmallRye's protected state ({@code connectionInitialized}, {@code activeOperations}, {@code session});
 * {@code SubscriptionTests} fails if an upgrade changes it.
 */
final class GuardedTransportWs extends GraphQLTransportWSSubprotocolHandler {

    private final OperationCheck check;
    private final SubscriptionLimits limits;
    private final int maxMessageChars;

    GuardedTransportWs(GraphQLWebSocketSession session, Map<String, Object> context, OperationCheck check,
            SubscriptionLimits limits, int maxMessageChars) {
        super(session, context);
        this.check = check;
        this.limits = limits;
        this.maxMessageChars = maxMessageChars;
    }

    boolean initialized() {
        return connectionInitialized.get();
    }

    void close(int code, String reason) {
        if (!session.isClosed()) {
            session.close((short) code, reason);
        }
    }

    @Override
    public void onMessage(String text) {
        if (text.length() > maxMessageChars) {
            close(1009, "Message too big: the limit is " + maxMessageChars + " bytes");
            return;
        }
        super.onMessage(text);
    }

    @Override
    protected void onMessage(JsonObject message) {
        if (message == null || !"subscribe".equals(string(message, "type")) || !connectionInitialized.get()) {
            super.onMessage(message);
            return;
        }
        String id = string(message, "id");
        JsonValue payload = message.get("payload");
        if (id == null || id.isEmpty() || !(payload instanceof JsonObject operation)) {
            close(4400, "A subscribe message needs an `id` and a `payload` object");
            return;
        }
        if (activeOperations.containsKey(id)) {
            super.onMessage(message);
            return;
        }
        List<OperationCheck.Refused.Problem> problems = refusal(operation);
        if (!problems.isEmpty()) {
            sendError(id, problems);
            return;
        }
        super.onMessage(message);
    }

    /** Why this subscribe may not run, or nothing. */
    private List<OperationCheck.Refused.Problem> refusal(JsonObject operation) {
        if (activeOperations.size() >= limits.maxPerConnection()) {
            return problem("LIMIT_EXCEEDED", "This connection already runs " + activeOperations.size()
                    + " subscriptions; the limit is " + limits.maxPerConnection() + ".",
                    Map.of("limit", "subscriptions", "max", limits.maxPerConnection()));
        }
        String query = string(operation, "query");
        JsonValue variables = operation.get("variables");
        JsonValue operationName = operation.get("operationName");
        if (query == null || query.isBlank()) {
            return problem("BAD_REQUEST", "`query` must be a non-empty string.", Map.of());
        }
        if (variables != null && variables != JsonValue.NULL && !(variables instanceof JsonObject)) {
            return problem("BAD_REQUEST", "`variables` must be a JSON object.", Map.of());
        }
        if (operationName != null && operationName != JsonValue.NULL && !(operationName instanceof JsonString)) {
            return problem("BAD_REQUEST", "`operationName` must be a string.", Map.of());
        }
        String name = operationName instanceof JsonString text && !text.getString().isBlank() ? text.getString() : null;
        GraphQLRequest request = new GraphQLRequest(query, name,
                variables instanceof JsonObject object ? plain(object) : Map.of());
        try {
            check.checkSize(query);
            Document document = check.parse(request);
            if (OperationCheck.selected(document, name) != OperationDefinition.Operation.SUBSCRIPTION) {
                return problem("OPERATION_NOT_SUPPORTED", "Only subscriptions run over this WebSocket: send queries and "
                        + "mutations over HTTP (POST, or GET for queries) to the same URL.", Map.of());
            }
            check.check(document, request);
            return List.of();
        } catch (OperationCheck.Refused refused) {
            return refused.problems;
        }
    }

    private void sendError(String id, List<OperationCheck.Refused.Problem> problems) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (OperationCheck.Refused.Problem problem : problems) {
            JsonObjectBuilder extensions = Json.createObjectBuilder().add("code", problem.code());
            problem.extensions().forEach((key, value) -> {
                if (value instanceof Integer number) {
                    extensions.add(key, number);
                } else {
                    extensions.add(key, String.valueOf(value));
                }
            });
            JsonObjectBuilder error = Json.createObjectBuilder().add("message", problem.message())
                    .add("extensions", extensions);
            if (!problem.locations().isEmpty()) {
                JsonArrayBuilder locations = Json.createArrayBuilder();
                problem.locations().forEach(l -> locations.add(Json.createObjectBuilder().add("line", l.getLine())
                        .add("column", l.getColumn())));
                error.add("locations", locations);
            }
            errors.add(error);
        }
        try {
            session.sendMessage(Json.createObjectBuilder().add("id", id).add("type", "error").add("payload", errors)
                    .build().toString());
        } catch (java.io.IOException e) {
            close(1011, "Could not send an error");
        }
    }

    private static List<OperationCheck.Refused.Problem> problem(String code, String message, Map<String, Object> extensions) {
        return List.of(new OperationCheck.Refused.Problem(message, code, List.of(), extensions));
    }

    private static String string(JsonObject object, String key) {
        return object.get(key) instanceof JsonString text ? text.getString() : null;
    }

    /** Variables as the checks take them (maps, lists, strings, numbers), as Vert.x would decode the same JSON. */
    private static Map<String, Object> plain(JsonObject variables) {
        return new io.vertx.core.json.JsonObject(variables.toString()).getMap();
    }
}
