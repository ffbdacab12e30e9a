package org.leadercontacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.prometheus.client.exemplars.ExemplarSampler;
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

    /** The GraphQL timer has one series per root field, as README says, not one per nested field. */
    @Test
    void onlyRootFieldsAreTimed() {
        GraphQLClient.graphql("{ topics(first: 2) { totalCount edges { node { name } } } }").statusCode(200);
        given().accept("text/plain").when().get("/q/metrics").then().statusCode(200)
                .body(containsString("mp_graphql_seconds_count{name=\"topics\",source=\"false\",type=\"QUERY\",}"))
                .body(not(containsString("source=\"true\"")));
    }

    /** What a strict OpenMetrics client sends; Vert.x matched the charset parameter too and answered 406. */
    @Test
    void openMetricsIsServedToAnAcceptWithAVersion() {
        given().header("Accept", "application/openmetrics-text; version=1.0.0").when().get("/q/metrics").then()
                .statusCode(200).contentType(startsWith("application/openmetrics-text"))
                .body(containsString("# EOF"));
        given().header("Accept", "application/openmetrics-text").when().get("/q/metrics").then()
                .statusCode(200).contentType(startsWith("application/openmetrics-text"));
        given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).contentType(startsWith("text/plain"));
    }

    @Inject
    Instance<Optional<ExemplarSampler>> exemplarSampler;

    /** Exemplars would land on timers' _count lines, which strict OpenMetrics parsers reject. */
    @Test
    void thePrometheusRegistryGetsNoExemplarSampler() {
        assertTrue(exemplarSampler.get().isEmpty());
    }
}
