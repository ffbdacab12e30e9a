package org.leadercontacts.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.leadercontacts.GraphQLClient;
import org.leadercontacts.conversation.Conversation;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.schema.model.AdaptWith;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Transformation;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.schema.model.WrapperType;

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
    void fieldsWithFormatsAdaptersOrMapsKeepSmallRyesFetcher() {
        PropertyFetchers service = new PropertyFetchers();
        Field formatted = property();
        formatted.setTransformation(new Transformation(Transformation.Type.DATE, "dd.MM.yyyy", null, false));
        Field adapted = property();
        adapted.setAdaptWith(new AdaptWith());
        Field map = property();
        map.setWrapper(new Wrapper(WrapperType.MAP, "java.util.Map"));
        for (Field field : new Field[] { formatted, adapted, map }) {
            assertNull(service.getFieldDataFetcher(field, null, new Reference()));
        }
        assertInstanceOf(PropertyFetchers.PropertyFetcher.class, service.getFieldDataFetcher(property(), null,
                new Reference()));
    }

    private static Field property() {
        return new Field("getTitle", "title", "title", new Reference());
    }

    @Test
    void valuesComeOutAsBefore() {
        // An enum, a custom scalar and a plain string, read through the property fetcher.
        GraphQLClient.graphql("""
                query($id: ID!) { node(id: $id) { ... on Conversation { kind date title } } }""",
                Map.of("id", GraphQLClient.id("Conversation", "putin-al-sharaa-call-2025-02-12")))
                .statusCode(200).body("errors", equalTo(null))
                .body("data.node.kind", equalTo("PHONE_CALL"))
                .body("data.node.date", equalTo("2025-02-12"))
                .body("data.node.title", equalTo(title()));
    }

    /** The title as stored, read without GraphQL. */
    private static String title() {
        return QuarkusTransaction.requiringNew()
                .call(() -> Conversation.findBySlug("putin-al-sharaa-call-2025-02-12").title);
    }

    private Object fetcher(String coordinates) {
        String[] parts = coordinates.split("\\.");
        GraphQLObjectType type = schema.getObjectType(parts[0]);
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(parts[0], parts[1]),
                type.getFieldDefinition(parts[1]));
    }
}
