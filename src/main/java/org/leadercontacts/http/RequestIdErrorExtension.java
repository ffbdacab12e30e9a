package org.leadercontacts.http;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/**
 * Runs for every GraphQL error: puts the request id into the error, so that a client can quote it,
 * and logs the full detail of unexpected failures under that id. Client errors (those with an
 * {@link ErrorCode}) are the client's to fix and are not logged as server errors; an unreachable
 * database is logged in one line per request, not with a stack trace.
 */
@RegisterForReflection
public class RequestIdErrorExtension implements ErrorExtensionProvider {

    private static final Logger LOG = Logger.getLogger(RequestIdErrorExtension.class);

    @Override
    public String getKey() {
        return "requestId";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        Object requestId = MDC.get("requestId");
        if (exception instanceof UnexpectedErrorException unexpected) {
            LOG.errorf(unexpected.getCause(), "Unexpected error in request %s", requestId);
        } else if (exception instanceof DatabaseUnavailableException unavailable) {
            LOG.warnf("Database unavailable in request %s: %s", requestId, rootCause(unavailable).toString());
        } else if (exception != null && !exception.getClass().isAnnotationPresent(ErrorCode.class)) {
            LOG.errorf(exception, "Unexpected error in request %s", requestId);
        }
        return requestId == null ? JsonValue.NULL : Json.createValue(requestId.toString());
    }

    private static Throwable rootCause(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
