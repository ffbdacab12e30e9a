package org.leadercontacts.graphql;

import java.lang.reflect.Field;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;

/**
 * Adds the service's own instrumentation to the graphql-java engine SmallRye GraphQL builds, after SmallRye's.
 * The builder can only replace an instrumentation, and a trial {@code build()} to read it would fix the execution
 * strategies with the exception handler of that moment, so SmallRye's is read from the builder's field: an
 * upgrade that renames it fails at startup (and every test with it), not silently. Loaded by SmallRye through
 * the service loader, always on.
 */
@RegisterForReflection(targets = { EngineHooks.class, GraphQL.Builder.class }, fields = true, methods = false)
public class EngineHooks implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Instrumentation smallRyes = installed(builder);
        CancellationInstrumentation cancellation = new CancellationInstrumentation();
        return builder.instrumentation(smallRyes == null ? cancellation
                : new ChainedInstrumentation(smallRyes, cancellation));
    }

    private static Instrumentation installed(GraphQL.Builder builder) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField("instrumentation");
            field.setAccessible(true);
            return (Instrumentation) field.get(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("graphql-java's GraphQL.Builder changed: cannot chain instrumentations", e);
        }
    }
}
