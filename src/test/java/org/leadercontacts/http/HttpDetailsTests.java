package org.leadercontacts.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The HTTP details clients and people trip over: media types without Accept, HEAD, If-None-Match: *, browsers. */
@QuarkusTest
class HttpDetailsTests {

    @TestHTTPResource("graphql")
    URL api;

    /**
     * With no Accept header, or {@code *}{@code /*}, successes and errors alike are {@code application/json}, as
     * the GraphQL-over-HTTP spec says a server SHOULD (graphql-http's audit warned about both).
     */
    @Test
    void withoutAnAcceptHeaderOrWithAnyEverythingIsApplicationJson() throws Exception {
        for (String query : new String[] { "{ topics { totalCount } }", "{ topics { nosuchfield } }" }) {
            HttpResponse<String> none = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.toURI())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + query + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(none.headers().firstValue("Accept").isEmpty());
            assertEquals(200, none.statusCode(), none.body());
            assertTrue(none.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                    query + " without Accept: " + none.headers().map());
            given().accept("*/*").contentType("application/json").body("{\"query\": \"" + query + "\"}")
                    .post("/graphql").then().statusCode(200).contentType(startsWith("application/json"));
            given().accept("*/*").queryParam("query", query).get("/graphql").then().statusCode(200)
                    .contentType(startsWith("application/json"));
        }
    }

    /** Errors carry a stable {@code code}; graphql-java's and SmallRye's class names are not part of the API. */
    @Test
    void errorsCarryACodeAndNoImplementationClassification() {
        given().contentType("application/json").body("{\"query\": \"{ node(id: \\\"x\\\") { id } }\"}").post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.containsKey('classification')", equalTo(false));
    }

    @Test
    void headIsAGetWithoutTheBody() {
        String etag = given().queryParam("query", "{ topics { totalCount } }").get("/graphql").then().statusCode(200)
                .extract().header("ETag");
        given().queryParam("query", "{ topics { totalCount } }").head("/graphql").then().statusCode(200)
                .header("ETag", equalTo(etag)).header("Cache-Control", equalTo("public, max-age=60"))
                .body(emptyString());
        given().queryParam("query", "mutation { x }").head("/graphql").then().statusCode(405);
    }

    @Test
    void ifNoneMatchAnyIsNotModified() {
        given().queryParam("query", "{ topics { totalCount } }").header("If-None-Match", "*").get("/graphql").then()
                .statusCode(304).body(emptyString());
    }

    /** A person who opens the endpoint in a browser lands in GraphiQL, with the query if the URL had one. */
    @Test
    void browsersOpeningTheEndpointAreSentToGraphiQL() {
        String html = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        given().redirects().follow(false).accept(html).get("/graphql").then().statusCode(302)
                .header("Location", equalTo("/q/graphql-ui/"));
        String query = "{ topics { totalCount } }";
        given().redirects().follow(false).accept(html).queryParam("query", query).get("/graphql").then()
                .statusCode(302).header("Location", equalTo("/q/graphql-ui/?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20")));
        given().accept(html).get("/graphql").then().statusCode(200).contentType(containsString("text/html"));
    }
}
