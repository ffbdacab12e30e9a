package org.leadercontacts.graphql;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;

/**
 * What {@link EngineHooks} changes in the engine SmallRye GraphQL builds. These trip when a SmallRye upgrade
 * changes what they rely on: its batched-field fetcher and where it keeps the field's operation, and its
 * default field visibility. The answers themselves are checked by every example (ExamplesTests, BatchingTests).
 */
@QuarkusTest
class EngineHooksTests {

    @Inject
    GraphQLSchema schema;

    @Test
    void batchedFieldsGetTheLeanFetcher() {
        for (String coordinates : new String[] { "Conversation.participants", "Conversation.sources",
                "Leader.conversations", "Statement.speaker" }) {
            DataFetcher<?> smallRyes = fetcher(coordinates);
            assertInstanceOf(BatchDataFetcher.class, smallRyes, coordinates + " is no longer batched by SmallRye");
            assertInstanceOf(BatchFieldFetchers.LeanBatchFetcher.class,
                    new BatchFieldFetchers().instrumentDataFetcher(smallRyes, null, null), coordinates);
        }
    }

    @Test
    void otherFieldsKeepTheirFetchers() {
        BatchFieldFetchers hooks = new BatchFieldFetchers();
        for (String coordinates : new String[] { "Query.conversations", "Conversation.title" }) {
            DataFetcher<?> fetcher = fetcher(coordinates);
            assertSame(fetcher, hooks.instrumentDataFetcher(fetcher, null, null), coordinates);
        }
    }

    @Test
    void oneLeanFetcherPerField() {
        BatchFieldFetchers hooks = new BatchFieldFetchers();
        DataFetcher<?> smallRyes = fetcher("Conversation.topics");
        assertSame(hooks.instrumentDataFetcher(smallRyes, null, null), hooks.instrumentDataFetcher(smallRyes, null, null));
    }

    @Test
    void theDefaultFieldVisibilityIsGraphqlJavasOwn() {
        assertInstanceOf(BlockedFields.class, schema.getCodeRegistry().getFieldVisibility(),
                "SmallRye no longer turns the default visibility into BlockedFields: EngineHooks can stop undoing it");
        GraphQLSchema served = EngineHooks.withDefaultFieldVisibility(schema);
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, served.getCodeRegistry().getFieldVisibility());
        assertSame(schema.getQueryType(), served.getQueryType());
    }

    private DataFetcher<?> fetcher(String coordinates) {
        String[] parts = coordinates.split("\\.");
        GraphQLObjectType type = (GraphQLObjectType) schema.getType(parts[0]);
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, parts[1]),
                type.getFieldDefinition(parts[1]));
    }
}
