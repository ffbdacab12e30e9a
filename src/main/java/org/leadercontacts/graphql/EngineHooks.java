package org.leadercontacts.graphql;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;

/**
 * The one adapter between the graphql-java engine SmallRye GraphQL builds and this service: it adds the service's
 * instrumentations (lean batched-field fetchers, cancellation) after SmallRye's, in one flat chain, and undoes a
 * costly default. The builder can only replace an instrumentation or a schema, and a trial {@code build()} to
 * read them would fix the execution strategies with the exception handler of that moment, so they are read from
 * the builder's fields: an upgrade that renames one fails at startup (and every test with it), not silently.
 * Loaded by SmallRye through the service loader, always on.
 */
@RegisterForReflection(targets = { EngineHooks.class, GraphQL.Builder.class }, fields = true, methods = false)
public class EngineHooks implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        List<Instrumentation> chain = new ArrayList<>();
        Instrumentation smallRyes = builderField(builder, "instrumentation", Instrumentation.class);
        if (smallRyes instanceof ChainedInstrumentation chained) {
            chain.addAll(chained.getInstrumentations());
        } else if (smallRyes != null) {
            chain.add(smallRyes);
        }
        chain.add(new BatchFieldFetchers());
        chain.add(new CancellationInstrumentation());
        GraphQLSchema schema = builderField(builder, "graphQLSchema", GraphQLSchema.class);
        return builder.schema(withDefaultFieldVisibility(schema)).instrumentation(new ChainedInstrumentation(chain));
    }

    /**
     * SmallRye GraphQL 2.17 turns the default field visibility ("default") into a {@link BlockedFields} whose one
     * pattern is the word "default": it blocks nothing, and costs a regular expression match on every field
     * lookup of every request. graphql-java's own default visibility is put back; a configured one is kept.
     */
    static GraphQLSchema withDefaultFieldVisibility(GraphQLSchema schema) {
        String configured = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class).orElse("default");
        if (!"default".equals(configured) || !(schema.getCodeRegistry().getFieldVisibility() instanceof BlockedFields)) {
            return schema;
        }
        return schema.transformWithoutTypes(builder -> builder.codeRegistry(schema.getCodeRegistry()
                .transform(registry -> registry.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY))));
    }

    private static <T> T builderField(GraphQL.Builder builder, String name, Class<T> type) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField(name);
            field.setAccessible(true);
            return type.cast(field.get(builder));
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("graphql-java's GraphQL.Builder changed: cannot read its " + name, e);
        }
    }
}
