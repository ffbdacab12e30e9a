package org.leadercontacts.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Reads a GraphQL request from a GET's parameters or a POST's JSON body, or says why it cannot. */
@ApplicationScoped
class RequestReader {

    @Inject
    RequestLimits limits;

    /** The request's query, operation name and variables, from a GET's parameters or a POST's JSON body. */
    GraphQLRequest read(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method == HttpMethod.GET) {
            return readGet(context);
        }
        if (method != HttpMethod.POST) {
            context.response().putHeader("Allow", "GET, POST");
            throw new Rejection(405, "METHOD_NOT_ALLOWED", "Use POST (or GET for queries).");
        }
        return readPost(context);
    }

    private GraphQLRequest readGet(RoutingContext context) {
        String query = context.request().getParam("query");
        if (query == null) {
            throw new Rejection(400, "BAD_REQUEST", "A GET request needs a `query` parameter.");
        }
        JsonObject variables = null;
        String variablesParam = context.request().getParam("variables");
        String extensions = context.request().getParam("extensions");
        checkNesting(variablesParam);
        checkNesting(extensions);
        if (variablesParam != null && !variablesParam.isBlank()) {
            variables = jsonObject(variablesParam, "`variables` must be a JSON object.");
        }
        if (extensions != null && !extensions.isBlank()) {
            jsonObject(extensions, "`extensions` must be a JSON object.");
        }
        return new GraphQLRequest(query, named(context.request().getParam("operationName")),
                variables == null ? Map.of() : variables.getMap());
    }

    private GraphQLRequest readPost(RoutingContext context) {
        String contentType = context.request().getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw new Rejection(415, "UNSUPPORTED_MEDIA_TYPE", "Send the request as `Content-Type: application/json` "
                    + "with a body like {\"query\": \"...\", \"variables\": {...}}.");
        }
        String body = utf8(context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes());
        if (body.isBlank()) {
            throw new Rejection(400, "BAD_REQUEST", "The request body is empty; send {\"query\": \"...\"}.");
        }
        checkNesting(body);
        if (body.stripLeading().startsWith("[")) {
            try {
                new JsonArray(body);
            } catch (DecodeException e) {
                throw new Rejection(400, "BAD_REQUEST", "The request body is not valid JSON.");
            }
            throw new Rejection(400, "BAD_REQUEST", "Batched requests (a JSON array) are not supported: send one "
                    + "operation per request.");
        }
        JsonObject json = jsonObject(body, "The request body is not a JSON object.");
        Object query = json.getValue("query");
        if (!(query instanceof String text) || text.isBlank()) {
            throw new Rejection(400, "BAD_REQUEST", "`query` must be a non-empty string.");
        }
        Object operationName = json.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            throw new Rejection(400, "BAD_REQUEST", "`operationName` must be a string.");
        }
        Object variables = json.getValue("variables");
        if (variables != null && !(variables instanceof JsonObject)) {
            throw new Rejection(400, "BAD_REQUEST", "`variables` must be a JSON object.");
        }
        Object extensions = json.getValue("extensions");
        if (extensions != null && !(extensions instanceof JsonObject)) {
            throw new Rejection(400, "BAD_REQUEST", "`extensions` must be a JSON object.");
        }
        return new GraphQLRequest(text, named((String) operationName),
                variables == null ? Map.of() : ((JsonObject) variables).getMap());
    }

    private void checkNesting(String json) {
        int depth = json == null ? 0 : JsonNesting.depth(json);
        if (depth > limits.maxJsonDepth()) {
            throw new Rejection(400, "BAD_REQUEST", "The request's JSON nests " + depth + " levels deep; the limit is "
                    + limits.maxJsonDepth() + ".", Map.of("limit", "jsonDepth", "max", limits.maxJsonDepth()));
        }
    }

    /**
     * A blank operation name means none. graphql-java would run the first operation for {@code ""}, while every
     * check here looks for an operation of that name and would find none to check.
     */
    private static String named(String operationName) {
        return operationName == null || operationName.isBlank() ? null : operationName;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Rejection(400, "BAD_REQUEST", "The request body is not valid UTF-8.");
        }
    }

    private static JsonObject jsonObject(String text, String problem) {
        try {
            Object value = io.vertx.core.json.Json.decodeValue(text);
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (DecodeException e) {
            throw new Rejection(400, "BAD_REQUEST", problem.replace("is not a JSON object", "is not valid JSON"));
        }
        throw new Rejection(400, "BAD_REQUEST", problem);
    }

    /** A request that cannot be read, with the status and code of its answer. */
    static final class Rejection extends RuntimeException {
        final int status;
        final String code;
        final Map<String, Object> extensions;

        Rejection(int status, String code, String message) {
            this(status, code, message, Map.of());
        }

        Rejection(int status, String code, String message, Map<String, Object> extensions) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
            this.extensions = extensions;
        }
    }
}
