package org.leadercontacts.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;

/**
 * With CORS on, an answer of the GraphQL endpoint depends on the request's {@code Origin} (the CORS filter echoes
 * an allowed one, refuses the others), so every answer says {@code Vary: Origin}: a browser or shared cache must
 * not hand a GET answer fetched for one origin to another. Added when the headers are written, after whatever
 * {@code Vary} the guard set.
 */
@ApplicationScoped
public class VaryOrigin {

    @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false")
    boolean cors;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql")
    String path;

    void routes(@Observes Router router) {
        if (!cors) {
            return;
        }
        // Before the CORS filter, so that its own answers (preflights, refusals) say it too.
        router.route(path).order(FilterOrder.beforeCors()).handler(context -> {
            context.addHeadersEndHandler(ended -> vary(context.response().headers()));
            context.next();
        });
    }

    /** One {@code Vary} header: what was there, and {@code Origin}. */
    static void vary(MultiMap headers) {
        List<String> values = new ArrayList<>(headers.getAll("Vary"));
        if (values.stream().noneMatch(v -> v.toLowerCase(Locale.ROOT).contains("origin") || v.equals("*"))) {
            values.add("Origin");
        }
        headers.set("Vary", String.join(", ", values));
    }
}
