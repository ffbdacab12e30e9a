package org.leadercontacts.http;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.hibernate.exception.JDBCConnectionException;
import org.leadercontacts.common.InvalidInputException;

import graphql.GraphQL;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;

/**
 * Gives every exception thrown while fetching data one of the documented error codes before SmallRye GraphQL turns it
 * into an error: the application's own exceptions keep theirs, an unreachable database is SERVICE_UNAVAILABLE, a
 * value a scalar rejected is BAD_USER_INPUT, and anything else is INTERNAL_SERVER_ERROR. Installed in front of
 * SmallRye's own handler, which still decides the message and the other extensions.
 */
@RegisterForReflection
public class ExceptionTranslation implements EventingService, DataFetcherExceptionHandler {

    private final DataFetcherExceptionHandler smallRye = new ExceptionHandler();

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return builder.defaultDataFetcherExceptionHandler(this);
    }

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        return smallRye.handleException(DataFetcherExceptionHandlerParameters.newExceptionParameters()
                .dataFetchingEnvironment(parameters.getDataFetchingEnvironment())
                .exception(translate(parameters.getException())).build());
    }

    static Throwable translate(Throwable exception) {
        Throwable thrown = exception instanceof CompletionException && exception.getCause() != null
                ? exception.getCause() : exception;
        if (thrown.getClass().isAnnotationPresent(ErrorCode.class)) {
            return thrown;
        }
        if (thrown instanceof CoercingParseValueException || thrown instanceof CoercingParseLiteralException) {
            return new InvalidInputException(thrown.getMessage());
        }
        if (databaseUnreachable(thrown)) {
            return new DatabaseUnavailableException(thrown);
        }
        return new UnexpectedErrorException(thrown);
    }

    /** A connection that could not be made or broke, however the driver, the pool or Hibernate wrapped it. */
    private static boolean databaseUnreachable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
