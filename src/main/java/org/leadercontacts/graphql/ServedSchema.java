package org.leadercontacts.graphql;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;

/**
 * Serves only what the schema uses: SmallRye GraphQL adds the {@code BigDecimal} and {@code BigInteger} scalars
 * and the {@code @rolesAllowed} and {@code @constraint} directive definitions to every schema, used or not, and
 * introspection listed them while graphql/schema.graphql did not. Those not used by any field, argument or type
 * are left out (the schema is read from a trial build, as {@link EngineHooks} does). {@code @defer} and
 * {@code @experimental_disableErrorPropagation} cannot be left out: graphql-java adds them to every schema.
 * SchemaIntrospectionTests compares introspection with the file. Loaded by SmallRye through the service loader.
 */
@RegisterForReflection
@SuppressWarnings("deprecation")
public class ServedSchema implements EventingService {

    static final Set<String> OPTIONAL_SCALARS = Set.of("BigDecimal", "BigInteger");
    static final Set<String> OPTIONAL_DIRECTIVES = Set.of("rolesAllowed", "constraint");

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema trial = builder.build();
        Set<GraphQLType> additional = new LinkedHashSet<>(trial.getAdditionalTypes());
        additional.removeIf(type -> type instanceof GraphQLNamedType named && OPTIONAL_SCALARS.contains(named.getName()));
        Set<String> applied = appliedDirectives(trial);
        Set<GraphQLDirective> directives = new LinkedHashSet<>(trial.getDirectives());
        directives.removeIf(d -> OPTIONAL_DIRECTIVES.contains(d.getName()) && !applied.contains(d.getName()));
        return builder.clearAdditionalTypes().additionalTypes(additional).clearDirectives().additionalDirectives(directives);
    }

    /** The names of the directives applied anywhere in the schema. */
    static Set<String> appliedDirectives(GraphQLSchema schema) {
        Set<String> names = new HashSet<>();
        schema.getSchemaAppliedDirectives().forEach(d -> names.add(d.getName()));
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            add(names, type);
            if (type instanceof GraphQLFieldsContainer container) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    add(names, field);
                    field.getArguments().forEach(argument -> add(names, argument));
                }
            } else if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().forEach(field -> add(names, field));
            } else if (type instanceof GraphQLEnumType enumType) {
                enumType.getValues().forEach(value -> add(names, value));
            }
        }
        for (GraphQLDirective directive : schema.getDirectives()) {
            for (GraphQLArgument argument : directive.getArguments()) {
                add(names, argument);
            }
        }
        return names;
    }

    private static void add(Set<String> names, Object element) {
        if (element instanceof GraphQLDirectiveContainer container) {
            container.getAppliedDirectives().forEach(d -> names.add(d.getName()));
            container.getDirectives().forEach(d -> names.add(d.getName())); // SmallRye applies them the older way
        }
    }
}
