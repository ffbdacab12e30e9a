package org.leadercontacts.http;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.leadercontacts.GraphQLClient;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;

/** Plain properties are read by {@link PropertyFetchers}; fields with resolvers keep SmallRye's fetchers. */
@QuarkusTest
class PropertyFetchersTests {

    @Inject
    GraphQLSchema schema;

    @Test
    void plainPropertiesUseThePropertyFetcher() {
        for (String coordinates : new String[] { "Conversation.title", "Conversation.date", "Statement.text",
                "Leader.name", "SourceDocument.publisher" }) {
            assertInstanceOf(PropertyFetchers.PropertyFetcher.class, fetcher(coordinates), coordinates);
        }
    }

    @Test
    void resolverFieldsKeepTheirOwnFetchers() {
        assertNotEquals(PropertyFetchers.PropertyFetcher.class, fetcher("Conversation.participants").getClass());
        assertNotEquals(PropertyFetchers.PropertyFetcher.class, fetcher("Query.conversations").getClass());
    }

    @Test
    void valuesKeepSmallRyesTransformations() {
        // An enum, a formatted date and a plain string, read through the property fetcher.
        GraphQLClient.graphql("""
                query($id: ID!) { node(id: $id) { ... on Conversation { kind date title } } }""",
                Map.of("id", GraphQLClient.id("Conversation", "putin-al-sharaa-call-2025-02-12")))
                .statusCode(200).body("errors", equalTo(null))
                .body("data.node.kind", equalTo("PHONE_CALL"))
                .body("data.node.date", equalTo("2025-02-12"));
    }

    private Object fetcher(String coordinates) {
        String[] parts = coordinates.split("\\.");
        GraphQLObjectType type = schema.getObjectType(parts[0]);
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(parts[0], parts[1]),
                type.getFieldDefinition(parts[1]));
    }
}
