package org.leadercontacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

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

    void routes(@Observes Router router) {
        String landing = UI + "?query=" + URLEncoder.encode(example(), StandardCharsets.UTF_8).replace("+", "%20");
        router.get("/").handler(context -> redirect(context, landing));
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
