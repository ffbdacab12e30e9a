package org.leadercontacts.http;

import static org.leadercontacts.http.ErrorResponses.error;
import static org.leadercontacts.http.ErrorResponses.reject;
import static org.leadercontacts.http.ErrorResponses.writeErrors;
import static org.leadercontacts.http.HttpConventions.REQUEST_ID;
import static org.leadercontacts.http.HttpConventions.acceptsGraphQLResponse;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The front door of the GraphQL endpoint over HTTP: gives every request an id, then reads it ({@link RequestReader}),
 * answers it from the response cache if it can, checks it ({@link OperationCheck}, {@link EditorTokenCheck}), makes
 * a GET cacheable ({@link ConditionalGet}) and hands it to execution ({@link GuardedExecutions}). Whatever it
 * refuses gets a GraphQL error with a stable code and the status GraphQL over HTTP gives ({@link ErrorResponses}).
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger LOG = Logger.getLogger(GraphQLRequestGuard.class);

    @Inject
    RequestLimits limits;

    @Inject
    ResponseCache responses;

    @Inject
    GuardedExecutions executions;

    @Inject
    PersistedQueryHandler persistedQueries;

    @Inject
    OperationCheck operations;

    @Inject
    RequestReader reader;

    @Inject
    EditorTokenCheck editorToken;

    @Inject
    ConditionalGet conditionalGet;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql")
    String path;

    void routes(@Observes Router router) {
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
            request = reader.read(context);
        } catch (RequestReader.Rejection rejection) {
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
                    && !editorToken.admits(context)) {
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
        if (context.request().method() == HttpMethod.GET && !conditionalGet.cacheable(context, request)) {
            return;
        }
        if (context.request().method() == HttpMethod.GET) {
            GetParameters.handOn(context, request.query(), request.operationName(), document);
        }
        if (cacheKey != null && selected == OperationDefinition.Operation.QUERY) {
            context.put(ResponseCache.KEY, cacheKey);
        }
        executions.execute(context);
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
        if (context.request().method() == HttpMethod.GET && !conditionalGet.cacheable(context, request)) {
            return true;
        }
        context.response().setStatusCode(200).putHeader("Content-Type", answer.contentType()).end(answer.body());
        return true;
    }

}
