package org.leadercontacts.graphql;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.vertx.ext.web.RoutingContext;

/**
 * Connects graphql-java's execution to the request's {@link Execution}: tells it when the engine has finished
 * (successfully or not), and fetches no further field once it is cancelled. Plain property reads are left
 * alone; they cost nothing and hold nothing.
 */
final class CancellationInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        // Called on the thread that starts the execution: inside an HTTP request's context, or on a WebSocket's
        // event loop with none (a subscription, which has no Execution to tell).
        RoutingContext request = CurrentHttpRequest.orNull();
        Execution execution = request == null ? null : Execution.of(request);
        if (execution != null) {
            execution.engineStarted();
        }
        return CompletableFuture.completedFuture(execution);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        if (!(state instanceof Execution execution)) {
            return SimpleInstrumentationContext.noOp();
        }
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> execution.engineDone());
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(state instanceof Execution execution) || parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        return environment -> {
            if (execution.isCancelled()) {
                throw new ExecutionCancelledException(execution.cancelledBecause());
            }
            return fetcher.get(environment);
        };
    }
}
