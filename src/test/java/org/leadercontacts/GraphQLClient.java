package org.leadercontacts;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Sends GraphQL operations over HTTP the way a front end does. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    public static ValidatableResponse graphql(String query) {
        return graphql(query, Map.of());
    }

    public static ValidatableResponse graphql(String query, Map<String, ?> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).body(body).when().post("/graphql").then();
    }

    /** A global ID, built the way the API builds them (type and slug from the annotation files). */
    public static String id(String type, String slug) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + slug).getBytes(StandardCharsets.UTF_8));
    }
}
