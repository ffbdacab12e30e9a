package org.leadercontacts.http;

import java.util.Set;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/**
 * Runs for every GraphQL error: puts the request id into the error, so that a client can quote it,
 * and logs the full detail of unexpected failures under that id. Client errors (those with an
 * {@link ErrorCode}) are the client's to fix and are not logged as server errors.
 */
public class RequestIdErrorExtension implements ErrorExtensionProvider {

    private static final Logger LOG = Logger.getLogger(RequestIdErrorExtension.class);
    private static final Set<String> GRAPHQL_CLIENT_ERRORS = Set.of("graphql.validation.ValidationError",
            "graphql.schema.CoercingParseValueException", "graphql.schema.CoercingParseLiteralException");

    @Override
    public String getKey() {
        return "requestId";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        Object requestId = MDC.get("requestId");
        if (exception != null && !isClientError(exception)) {
            LOG.errorf(exception, "Unexpected error in request %s", requestId);
        }
        return requestId == null ? JsonValue.NULL : Json.createValue(requestId.toString());
    }

    private static boolean isClientError(Throwable exception) {
        return exception.getClass().isAnnotationPresent(ErrorCode.class)
                || GRAPHQL_CLIENT_ERRORS.contains(exception.getClass().getName());
    }
}
