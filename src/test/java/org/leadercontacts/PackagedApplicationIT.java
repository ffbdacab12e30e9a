package org.leadercontacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged application, in the prod profile: seeded, serving GraphQL, GraphiQL and health. */
@QuarkusIntegrationTest
class PackagedApplicationIT {

    @Test
    void answersTheTimeline() {
        GraphQLClient.graphql("{ conversations(first: 100) { totalCount edges { node { date } } } }").statusCode(200)
                .body("errors", equalTo(null))
                .body("data.conversations.totalCount", equalTo(6))
                .body("data.conversations.edges[0].node.date", equalTo("2021-09-13"));
    }

    @Test
    void servesGraphiQLInProduction() {
        given().redirects().follow(false).when().get("/").then().statusCode(302);
        given().when().get("/q/graphql-ui/?query=%7B%20topics%20%7B%20totalCount%20%7D%20%7D").then().statusCode(200)
                .body(containsString("graphiql"));
    }

    @Test
    void servesItsSchema() {
        given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("interface Node"));
    }

    @Test
    void isReady() throws InterruptedException {
        // The search index builds in the background after start; at seed size it takes well under a second.
        for (int attempt = 0; attempt < 50 && given().get("/q/health/ready").statusCode() != 200; attempt++) {
            Thread.sleep(200);
        }
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
