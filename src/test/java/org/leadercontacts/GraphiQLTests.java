package org.leadercontacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Opening the service lands in GraphiQL with the timeline example ready to run. */
@QuarkusTest
class GraphiQLTests {

    @Test
    void rootAndBareGraphiQLOpenWithTheTimelineExample() throws IOException {
        String example = Files.readString(Path.of("graphql", "examples", "timeline.graphql"), StandardCharsets.UTF_8);
        for (String path : new String[] { "/", "/q/graphql-ui/" }) {
            String location = given().redirects().follow(false).when().get(path).then().statusCode(302)
                    .header("Location", startsWith("/q/graphql-ui/?query=")).extract().header("Location");
            String query = URLDecoder.decode(location.substring(location.indexOf("query=") + 6), StandardCharsets.UTF_8);
            assertEquals(example, query);
        }
    }

    @Test
    void graphiQLServesItsPageWhenAQueryIsGiven() {
        given().when().get("/q/graphql-ui/?query=%7B%20topics%20%7B%20totalCount%20%7D%20%7D").then().statusCode(200)
                .body(containsString("graphiql"));
    }
}
