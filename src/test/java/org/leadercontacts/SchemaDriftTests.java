package org.leadercontacts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** graphql/schema.graphql is exactly what the service serves. */
@QuarkusTest
class SchemaDriftTests {

    static final Path COMMITTED = Path.of("graphql", "schema.graphql");
    static final Path SERVED = Path.of("target", "schema.graphql");

    @Test
    void committedSchemaIsTheServedSchema() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Files.writeString(SERVED, served, StandardCharsets.UTF_8);
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        assertEquals(committed, served, "graphql/schema.graphql differs from the served schema. If the API change is "
                + "intended, run: cp target/schema.graphql graphql/schema.graphql");
    }
}
