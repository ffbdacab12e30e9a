package org.leadercontacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Sends people who open the service, or GraphiQL without a query, to GraphiQL pre-filled with the
 * timeline example, so that the first thing they see is a query that answers something.
 */
@ApplicationScoped
public class GraphiQLLanding {

    static final String UI = "/q/graphql-ui/";
    static final String EXAMPLE = "examples/timeline.graphql";

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql")
    String path;

    void routes(@Observes Router router) {
        String landing = UI + "?query=" + URLEncoder.encode(example(), StandardCharsets.UTF_8).replace("+", "%20");
        router.get("/").handler(context -> redirect(context, landing));
        // A person opening the GraphQL endpoint itself (a browser asks for HTML) gets GraphiQL, with the query
        // the URL carries, if any.
        router.get(path).order(-999).handler(context -> {
            String accept = context.request().getHeader("Accept");
            if (accept != null && accept.contains("text/html") && !accept.contains("json")) {
                String query = context.request().getParam("query");
                redirect(context, query == null ? UI : UI + "?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
            } else {
                context.next();
            }
        });
        router.get(UI).order(-100).handler(context -> {
            if (context.request().params().contains("query")) {
                context.next();
            } else {
                redirect(context, landing);
            }
        });
    }

    private static void redirect(RoutingContext context, String location) {
        context.response().setStatusCode(302).putHeader("Location", location).end();
    }

    private static String example() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLE + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
