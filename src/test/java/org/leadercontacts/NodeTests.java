package org.leadercontacts;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Relay object identification: any ID this API returns fetches its object again. */
@QuarkusTest
class NodeTests {

    @Test
    void everyTypeIsRefetchableByItsId() {
        Map<String, String> ids = Map.of(
                "Leader", GraphQLClient.id("Leader", "maher-al-sharaa"),
                "Conversation", GraphQLClient.id("Conversation", "putin-assad-call-2022-02-25"),
                "Statement", GraphQLClient.id("Statement", "004-assad-spasibo"),
                "Topic", GraphQLClient.id("Topic", "sanctions"),
                "SourceDocument", GraphQLClient.id("SourceDocument", "002_d526b8d3ba075d1c"));
        ids.forEach((type, id) -> GraphQLClient.graphql("query($id: ID!) { node(id: $id) { __typename id } }",
                Map.of("id", id)).statusCode(200).body("errors", equalTo(null))
                .body("data.node.__typename", equalTo(type)).body("data.node.id", equalTo(id)));
    }

    @Test
    void idsReturnedByListsRefetchTheSameObjects() {
        List<String> ids = GraphQLClient.graphql("{ leaders(first: 100) { edges { node { id } } } }").extract()
                .path("data.leaders.edges.node.id");
        GraphQLClient.graphql("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Leader { name } } }", Map.of("ids", ids))
                .statusCode(200).body("errors", equalTo(null)).body("data.nodes.id", equalTo(ids));
    }

    @Test
    void nodesKeepsTheOrderOfTheIds() {
        List<String> ids = List.of(GraphQLClient.id("Topic", "sanctions"), GraphQLClient.id("Leader", "vladimir-putin"));
        GraphQLClient.graphql("query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }", Map.of("ids", ids))
                .statusCode(200).body("data.nodes.__typename", contains("Topic", "Leader"));
    }

    @Test
    void nodesTakesAtMostAHundredIds() {
        List<String> ids = Collections.nCopies(101, GraphQLClient.id("Topic", "sanctions"));
        GraphQLClient.graphql("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", ids)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("`nodes` takes at most 100 IDs; got 101."));
    }
}
