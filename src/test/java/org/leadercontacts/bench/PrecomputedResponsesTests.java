package org.leadercontacts.bench;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The benchmark's reference endpoint exists only when the benchmark switches it on. */
@QuarkusTest
class PrecomputedResponsesTests {

    @Test
    void isOffByDefault() {
        given().body("{}").put("/bench/precomputed/timeline").then().statusCode(404);
        given().contentType("application/json").body("{}").post("/bench/precomputed/timeline").then().statusCode(404);
    }
}
