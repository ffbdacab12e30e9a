package org.leadercontacts.http;

import org.leadercontacts.graphql.CurrentHttpRequest;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers 503 when the database was unavailable and there is no data to return, for clients that accept
 * {@code application/graphql-response+json} (GraphQL over HTTP lets a server use any status for a response without
 * data in that media type; {@code application/json} clients get 200, as for every GraphQL error). SmallRye GraphQL
 * sets 200 when it writes the answer, so the status is changed when the headers go out.
 */
@RegisterForReflection
public class OutageStatus implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void afterExecute(Context context) {
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        if (result == null || result.getData() != null
                || result.getErrors().stream().noneMatch(OutageStatus::databaseUnavailable)) {
            return;
        }
        RoutingContext routing = CurrentHttpRequest.orNull();
        if (routing != null && HttpConventions.acceptsGraphQLResponse(routing)) {
            routing.addHeadersEndHandler(headers -> routing.response().setStatusCode(503));
        }
    }

    private static boolean databaseUnavailable(GraphQLError error) {
        return error instanceof ExceptionWhileDataFetching fetching
                && fetching.getException() instanceof DatabaseUnavailableException;
    }
}
