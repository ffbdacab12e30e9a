package org.leadercontacts;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;

/**
 * Serves {@code nodes(ids: [ID!]!)}, the type relay-compiler declares for the variable. SmallRye GraphQL 2.17
 * cannot coerce a list argument annotated {@code @Id} (its elements become an unknown scalar), {@code @Id} does
 * not apply to type arguments, and a type adapted to {@code ID} fails its schema build; so {@link NodeApi}
 * declares {@code [String!]!} and this retypes the argument in graphql-java's schema before SmallRye builds it
 * (its builder has no getters, so the query type is read from a trial build, as {@code EngineHooks} does). An {@code ID} is coerced to a {@code String},
 * so the Java method gets the same list. Loaded by SmallRye through the service loader. {@code NodeTests} sends {@code [ID!]!} variables and trips on upgrade.
 */
@RegisterForReflection
public class NodesTakeIds implements EventingService {

    static final String FIELD = "nodes";
    static final String ARGUMENT = "ids";

    /** Always on. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLObjectType query = builder.build().getQueryType();
        GraphQLFieldDefinition nodes = query.getFieldDefinition(FIELD);
        GraphQLArgument ids = nodes.getArgument(ARGUMENT);
        GraphQLArgument retyped = ids.transform(argument -> argument
                .type(GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(Scalars.GraphQLID)))));
        return builder.query(query.transform(type -> type.field(nodes.transform(field -> field.argument(retyped)))));
    }
}
