package org.leadercontacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTests {

    @Test
    void readyOnceTheStoreIsSeededAndIndexed() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("store"))
                .body("checks.find { it.name == 'store' }.data.documents", equalTo(5))
                .body("checks.find { it.name == 'search' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'search' }.data.fullBuilds", greaterThanOrEqualTo(1));
    }

    @Test
    void live() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
