package org.leadercontacts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What introspection serves is what graphql/schema.graphql declares (SchemaDriftTests compares the file with the
 * served SDL): the same types and the same directives, nothing served that the file does not show.
 */
@QuarkusTest
class SchemaIntrospectionTests {

    static final Set<String> SPEC_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

    @Test
    void introspectionServesTheTypesAndDirectivesOfTheSchemaFile() throws IOException {
        TypeDefinitionRegistry file = new SchemaParser().parse(Files.readString(SchemaDriftTests.COMMITTED,
                StandardCharsets.UTF_8));
        var answer = given().contentType("application/json")
                .body("{\"query\": \"{ __schema { types { name } directives { name } } }\"}").post("/graphql").then()
                .statusCode(200).extract();
        List<String> types = answer.path("data.__schema.types.name");
        List<String> directives = answer.path("data.__schema.directives.name");

        Set<String> servedTypes = new TreeSet<>(types);
        servedTypes.removeIf(name -> name.startsWith("__") || SPEC_SCALARS.contains(name));
        assertEquals(new TreeSet<>(file.types().keySet()) {
            {
                addAll(file.scalars().keySet());
                removeAll(SPEC_SCALARS);
            }
        }, servedTypes);

        assertEquals(new TreeSet<>(file.getDirectiveDefinitions().keySet()), new TreeSet<>(directives),
                "directives served but not declared in graphql/schema.graphql (or the reverse)");
    }
}
