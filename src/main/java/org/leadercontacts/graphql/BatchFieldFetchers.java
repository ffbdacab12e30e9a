package org.leadercontacts.graphql;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;

/**
 * Puts a lean fetcher in place of SmallRye GraphQL's for batched fields (resolvers taking {@code @Source List<…>}).
 * SmallRye's fetcher runs once per row: it clones the request's SmallRye context and builds the row's selected
 * fields as JSON twice, fires data-fetch events and starts a field timer, and wraps the load in a Mutiny Uni.
 * The batch loader it feeds does all of that again once per batch, which is what the resolvers can see; nothing
 * reads the per-row copy here (no event listener, nested-field timers are filtered out by {@link RootFieldTimers}).
 * The lean fetcher hands the row to the same data loader with the same batch context (arguments and environment),
 * so batching, arguments, errors and request context handling stay SmallRye's. At 20 full rows a page the per-row
 * work was about a tenth of the CPU of an uncached Timeline (bench/profiles).
 *
 * SmallRye keeps the field's operation private: it is read once per field by reflection, and an upgrade that
 * removes it fails at startup (BatchFieldFetchersTests), not silently.
 */
final class BatchFieldFetchers extends SimplePerformantInstrumentation {

    private static final Field OPERATION = operationField();

    private final Map<DataFetcher<?>, DataFetcher<?>> lean = new ConcurrentHashMap<>();

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(fetcher instanceof BatchDataFetcher<?>)) {
            return fetcher;
        }
        return lean.computeIfAbsent(fetcher, smallRyes -> new LeanBatchFetcher(operationOf(smallRyes)));
    }

    static Field operationField() {
        try {
            Field field = BatchDataFetcher.class.getDeclaredField("operation");
            if (field.getType() != Operation.class) {
                throw new NoSuchFieldException("BatchDataFetcher.operation is a " + field.getType());
            }
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SmallRye GraphQL's BatchDataFetcher changed: cannot find its operation", e);
        }
    }

    private static Operation operationOf(DataFetcher<?> fetcher) {
        try {
            return (Operation) OPERATION.get(fetcher);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class LeanBatchFetcher implements DataFetcher<CompletableFuture<Object>> {

        private final String loaderName;
        private final ArgumentHelper arguments;

        LeanBatchFetcher(Operation operation) {
            this.loaderName = new BatchLoaderHelper().getName(operation);
            this.arguments = new ArgumentHelper(operation.getArguments());
        }

        @Override
        public CompletableFuture<Object> get(DataFetchingEnvironment environment) throws Exception {
            List<Object> fieldArguments = arguments.getArguments(environment, true);
            Map<String, Object> batchContext = new HashMap<>(4);
            batchContext.put(BatchLoaderHelper.ARGUMENTS, fieldArguments);
            batchContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
            return environment.getDataLoader(loaderName).load(environment.getSource(), batchContext);
        }
    }
}
