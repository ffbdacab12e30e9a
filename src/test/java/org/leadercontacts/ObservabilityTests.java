package org.leadercontacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ObservabilityTests {

    @Test
    void graphQLOperationsAreTimedInPrometheusMetrics() {
        GraphQLClient.graphql("{ leaders(first: 1) { totalCount } }").statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("mp_graphql_seconds_count{name=\"leaders\",source=\"false\",type=\"QUERY\"}"))
                .body(containsString("http_server_requests_seconds_count{method=\"POST\""));
    }
}
