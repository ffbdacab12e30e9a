package org.leadercontacts.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Brings two forms of request to the ones the guard and SmallRye GraphQL handle, before either looks:
 * <ul>
 * <li>No {@code Accept} header, or {@code *}{@code /*}: treated as {@code Accept: application/json}, as the
 * GraphQL-over-HTTP spec says a server SHOULD, so that successes and errors agree (SmallRye chose
 * {@code application/graphql-response+json} for its successes, the guard {@code application/json} for errors).
 * <li>{@code HEAD}: routed again as the {@code GET} it stands for; Vert.x leaves out the body of an answer to a
 * HEAD request.
 * </ul>
 */
@ApplicationScoped
public class RequestForms {

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql")
    String path;

    void routes(@Observes Router router) {
        router.route(path).order(FilterOrder.beforeCors() + 1).handler(this::normalise);
    }

    private void normalise(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() == HttpMethod.HEAD) {
            context.reroute(HttpMethod.GET, request.uri());
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank() || accept.trim().equals("*/*")) {
            request.headers().set("Accept", "application/json");
        }
        context.next();
    }
}
