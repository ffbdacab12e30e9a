package org.leadercontacts.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.leadercontacts.graphql.Execution;
import org.leadercontacts.seed.StoreVersion;


import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import io.micrometer.core.instrument.Gauge;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Stands in front of the GraphQL endpoint and applies GraphQL over HTTP: it rejects what is not a
 * well-formed GraphQL request, a query that passes a limit, and an invalid query, each with a
 * stable error code and the status the specification gives, before anything executes. It also
 * gives every request an id, and makes GET queries cacheable.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    static final String REQUEST_ID = "X-Request-Id";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger LOG = Logger.getLogger(GraphQLRequestGuard.class);

    @Inject
    RequestLimits limits;

    @Inject
    StoreVersion storeVersion;

    @Inject
    ResponseCache responses;

    @Inject
    ExecutionAdmission admission;

    @Inject
    Vertx vertx;

    @Inject
    PersistedQueryHandler persistedQueries;

    @Inject
    OperationCheck operations;

    @Inject
    JWTParser jwtParser;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql")
    String path;

    @ConfigProperty(name = "contacts.cache.max-age", defaultValue = "60")
    int cacheMaxAge;

    /** Requests handed to GraphQL execution whose engine work or response is not finished yet. */
    private final AtomicInteger executing = new AtomicInteger();

    void routes(@Observes Router router) {
        Gauge.builder("graphql.requests.executing", executing, AtomicInteger::get)
                .description("GraphQL requests accepted by the guard and not yet answered").register(registry);
        // Every answer carries a request id; the request is read and checked after the CORS filter (FilterOrder).
        router.route(path).order(-1000).handler(this::identify);
        router.route(path).order(FilterOrder.afterCors(2))
                .handler(BodyHandler.create().setBodyLimit(limits.maxBodyBytes()).setHandleFileUploads(false))
                .failureHandler(this::bodyFailure);
        router.route(path).order(FilterOrder.afterCors(3)).handler(persistedQueries::handle);
        router.route(path).order(FilterOrder.afterCors(4)).handler(this::guard);
    }

    private void identify(RoutingContext context) {
        String requestId = context.request().getHeader(REQUEST_ID);
        if (requestId == null || !CLIENT_REQUEST_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
        }
        context.put(REQUEST_ID, requestId);
        MDC.put("requestId", requestId);
        context.response().putHeader(REQUEST_ID, requestId);
        context.next();
    }

    private void bodyFailure(RoutingContext context) {
        if (context.response().closed() || context.failure() instanceof HttpClosedException) {
            LOG.debugf("The client of request %s went away while sending its request", (Object) context.get(REQUEST_ID));
        } else if (context.statusCode() == 413) {
            reject(context, 413, "PAYLOAD_TOO_LARGE", "The request body is larger than the limit of "
                    + limits.maxBodyBytes() + " bytes.", Map.of("limit", "bodyBytes", "max", limits.maxBodyBytes()));
        } else {
            context.next();
        }
    }

    private void guard(RoutingContext context) {
        GraphQLRequest request;
        try {
            request = read(context);
        } catch (Rejection rejection) {
            reject(context, rejection.status, rejection.code, rejection.getMessage(), rejection.extensions);
            return;
        }
        int requestErrorStatus = acceptsGraphQLResponse(context) ? 400 : 200;
        try {
            operations.checkSize(request.query());
            ResponseCache.Key cacheKey = responses.key(context, request);
            if (cacheKey != null && answerFromCache(context, request, cacheKey)) {
                return;
            }
            Document document = operations.parse(request);
            OperationDefinition.Operation selected = OperationCheck.selected(document, request.operationName());
            if (selected == OperationDefinition.Operation.SUBSCRIPTION) {
                throw new OperationCheck.Refused("OPERATION_NOT_SUPPORTED", "Subscriptions run over a WebSocket at this "
                        + "URL (the graphql-transport-ws protocol, as the graphql-ws client speaks it), not over HTTP.",
                        Map.of());
            }
            if (context.request().method() == HttpMethod.GET && OperationCheck.operations(document).stream()
                    .anyMatch(o -> o.getOperation() != OperationDefinition.Operation.QUERY
                            && (request.operationName() == null || request.operationName().equals(o.getName())))) {
                context.response().putHeader("Allow", "POST");
                reject(context, 405, "METHOD_NOT_ALLOWED", "Mutations must be sent with POST.", Map.of());
                return;
            }
            if (OperationCheck.operations(document).stream()
                    .anyMatch(o -> o.getOperation() == OperationDefinition.Operation.MUTATION
                            && (request.operationName() == null || request.operationName().equals(o.getName())))
                    && !editor(context)) {
                return;
            }
            operations.check(document, request);
            executeChecked(context, request, document, selected, cacheKey);
        } catch (OperationCheck.Refused refused) {
            writeErrors(context, requestErrorStatus, refused.problems.stream()
                    .map(p -> error(context, p.message(), p.code(), p.locations(), p.extensions())).toList());
        }
    }

    private void executeChecked(RoutingContext context, GraphQLRequest request, Document document,
            OperationDefinition.Operation selected, ResponseCache.Key cacheKey) {
        if (context.request().method() == HttpMethod.GET && !cacheable(context, request)) {
            return;
        }
        if (context.request().method() == HttpMethod.GET) {
            GetParameters.handOn(context, request.query(), request.operationName(), document);
        }
        if (cacheKey != null && selected == OperationDefinition.Operation.QUERY) {
            context.put(ResponseCache.KEY, cacheKey);
        }
        execute(context);
    }

    /**
     * Hands the request to GraphQL execution under the time limit, when the {@link ExecutionAdmission} gives
     * it a turn. Its {@link Execution} tracks it from here until the engine has finished and the response is
     * done, and only then gives back what it held.
     */
    private void execute(RoutingContext context) {
        executing.incrementAndGet();
        InFlight inFlight = new InFlight();
        Execution execution = Execution.begin(context, () -> release(inFlight));
        watchResponse(context, execution);
        inFlight.timer = vertx.setTimer(limits.timeout().toMillis(), id -> {
            execution.cancel("it ran longer than the time limit");
            if (!context.response().ended() && !context.response().headWritten() && !context.response().closed()) {
                LOG.warnf("Request %s ran longer than %s", context.get(REQUEST_ID), limits.timeout());
                long millis = limits.timeout().toMillis();
                reject(context, 503, "TIMEOUT", "The request took longer than the limit of "
                        + (millis % 1000 == 0 ? millis / 1000 + " s." : millis + " ms."), Map.of("limit", "timeout"));
            }
        });
        context.addHeadersEndHandler(headers -> vertx.cancelTimer(inFlight.timer));
        if (!admission.admit(() -> run(context, execution, inFlight), execution::engineDone,
                () -> execution.isCancelled() || context.response().closed() || context.response().ended())) {
            context.response().putHeader("Retry-After", "1");
            reject(context, 503, "SERVICE_UNAVAILABLE", "The service is busy: " + limits.maxQueuedExecutions()
                    + " requests are already waiting for a turn. Retry in a moment.", Map.of("reason", "busy"));
            execution.engineDone();
        }
    }

    /**
     * Runs the request in a request context this guard owns. SmallRye GraphQL's handler (called by
     * {@code next()}) installs response handlers that destroy the request context as soon as the client goes
     * away, while the engine may still be using its database session on a worker thread: the session was closed
     * under it and its connection never came back to the pool. The guard puts its own handlers back, cancels
     * the execution instead, and destroys the context only once the execution is released.
     */
    private void run(RoutingContext context, Execution execution, InFlight inFlight) {
        inFlight.admitted = true;
        if (execution.isCancelled() || context.response().ended() || context.response().closed()) {
            execution.engineDone();
            return;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        inFlight.requestContext = requestContext.activate();
        try {
            context.next();
        } finally {
            requestContext.deactivate();
            watchResponse(context, execution);
            if (!execution.engineStartedYet()) {
                execution.engineDone();
            }
        }
    }

    private void release(InFlight inFlight) {
        vertx.cancelTimer(inFlight.timer);
        if (inFlight.requestContext != null) {
            Arc.container().requestContext().destroy(inFlight.requestContext);
        }
        if (inFlight.admitted) {
            admission.leave();
        }
        executing.decrementAndGet();
    }

    private static void watchResponse(RoutingContext context, Execution execution) {
        HttpServerResponse response = context.response();
        response.endHandler(ended -> execution.responseDone())
                .exceptionHandler(failure -> clientLeft(context, execution))
                .closeHandler(closed -> clientLeft(context, execution));
        if (response.closed()) {
            clientLeft(context, execution);
        } else if (response.ended()) {
            execution.responseDone();
        }
    }

    /** What a request holds between the guard and its release. */
    private static final class InFlight {
        volatile long timer;
        volatile boolean admitted;
        volatile InjectableContext.ContextState requestContext;
    }

    private static void clientLeft(RoutingContext context, Execution execution) {
        if (!execution.released() && !context.response().ended()) {
            LOG.debugf("The client of request %s went away before its answer", (Object) context.get(REQUEST_ID));
            execution.cancel("the client went away");
        }
        execution.responseDone();
    }

    /**
     * Answers a query seen before at the current store revision. Its checks passed then, and the
     * same request at the same revision passes them again, so the cached bytes are the answer.
     */
    private boolean answerFromCache(RoutingContext context, GraphQLRequest request, ResponseCache.Key key) {
        ResponseCache.Answer answer = responses.get(key);
        if (answer == null) {
            return false;
        }
        if (context.request().method() == HttpMethod.GET && !cacheable(context, request)) {
            return true;
        }
        context.response().setStatusCode(200).putHeader("Content-Type", answer.contentType()).end(answer.body());
        return true;
    }

    /** The request's query, operation name and variables, from a GET's parameters or a POST's JSON body. */
    private GraphQLRequest read(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method == HttpMethod.GET) {
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
        if (method != HttpMethod.POST) {
            context.response().putHeader("Allow", "GET, POST");
            throw new Rejection(405, "METHOD_NOT_ALLOWED", "Use POST (or GET for queries).");
        }
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

    /**
     * Mutations need a valid bearer token with the editor role, checked before anything runs:
     * 401 without a valid token, 403 without the role. Queries never look at the header.
     */
    private boolean editor(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            reject(context, 401, "UNAUTHENTICATED", "Editing needs a bearer token: send `Authorization: Bearer <JWT>` "
                    + "with the `editor` role.", Map.of());
            return false;
        }
        JsonWebToken token;
        try {
            token = jwtParser.parse(authorization.substring(7).trim());
        } catch (ParseException e) {
            context.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            reject(context, 401, "UNAUTHENTICATED", "The bearer token is not valid (signature, issuer or expiry).",
                    Map.of());
            return false;
        }
        if (!token.getGroups().contains("editor")) {
            reject(context, 403, "FORBIDDEN", "\"" + token.getName() + "\" may not edit: the `editor` role is required.",
                    Map.of());
            return false;
        }
        return true;
    }

    /** Adds cache headers to a GET query; answers 304 itself when the client's copy is current. */
    private boolean cacheable(RoutingContext context, GraphQLRequest request) {
        String etag = "W/\"" + storeVersion.current() + "-" + digest(request) + "\"";
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

    private void reject(RoutingContext context, int status, String code, String message, Map<String, Object> extensions) {
        writeErrors(context, status, List.of(error(context, message, code, List.of(), extensions)));
    }

    private static JsonObject error(RoutingContext context, String message, String code, List<SourceLocation> locations,
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

    private void writeErrors(RoutingContext context, int status, List<JsonObject> errors) {
        if (context.response().ended()) {
            return;
        }
        LOG.debugf("Rejected request %s with %s: %s", (Object) context.get(REQUEST_ID), (Object) status, errors);
        context.response().setStatusCode(status)
                .putHeader("Content-Type", (acceptsGraphQLResponse(context) ? GRAPHQL_RESPONSE : "application/json")
                        + "; charset=utf-8")
                .end(new JsonObject().put("errors", new JsonArray(new ArrayList<>(errors))).encode());
    }

    static boolean acceptsGraphQLResponse(RoutingContext context) {
        String accept = context.request().getHeader("Accept");
        return accept != null && accept.contains(GRAPHQL_RESPONSE);
    }

    record GraphQLRequest(String query, String operationName, Map<String, Object> variables) {
    }

    /** A request the guard answers itself. */
    static final class Rejection extends RuntimeException {
        final int status;
        final String code;
        final Map<String, Object> extensions;
        List<SourceLocation> locations = List.of();

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
