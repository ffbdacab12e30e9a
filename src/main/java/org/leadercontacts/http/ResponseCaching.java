package org.leadercontacts.http;

import java.nio.charset.StandardCharsets;

import org.leadercontacts.graphql.CurrentHttpRequest;

import graphql.ExecutionResult;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * Hands each successful answer to a query to the {@link ResponseCache}, as the exact bytes SmallRye
 * GraphQL writes. Loaded by SmallRye through the service loader; active while
 * {@code contacts.cache.responses.enabled} is true.
 */
@RegisterForReflection
public class ResponseCaching implements EventingService {

    @Override
    public String getConfigKey() {
        return "contacts.cache.responses.enabled";
    }

    @Override
    public void afterExecute(Context context) {
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        if (result == null || !result.getErrors().isEmpty() || !result.isDataPresent()) {
            return;
        }
        RoutingContext routing = CurrentHttpRequest.orNull();
        ResponseCache.Key key = routing == null ? null : routing.get(ResponseCache.KEY);
        String contentType = routing == null ? null : routing.response().headers().get("Content-Type");
        if (key == null || contentType == null || !utf8(contentType)) {
            return;
        }
        String body = new ExecutionResponse(result, ((io.smallrye.graphql.execution.context.SmallRyeContext) context)
                .getAddedExtensions()).getExecutionResultAsString();
        Arc.container().instance(ResponseCache.class).get().put(key, contentType,
                Buffer.buffer(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean utf8(String contentType) {
        int charset = contentType.toLowerCase().indexOf("charset=");
        return charset < 0 || contentType.substring(charset + 8).trim().equalsIgnoreCase("utf-8");
    }
}
