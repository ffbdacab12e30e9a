package org.leadercontacts.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;

/**
 * Adds the service's own instrumentation to the graphql-java engine SmallRye GraphQL builds, after SmallRye's
 * (its builder offers no way to add one, only to replace it, so SmallRye's is read from a trial build and
 * chained). Loaded by SmallRye through the service loader, always on.
 */
@RegisterForReflection
public class EngineHooks implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Instrumentation smallRyes = builder.build().getInstrumentation();
        return builder.instrumentation(new ChainedInstrumentation(smallRyes, new CancellationInstrumentation()));
    }
}
