package org.leadercontacts.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The benchmark's reference point: the physical limit of this server. It answers a POST with bytes
 * stored beforehand (the exact GraphQL response of an example), through the same HTTP stack but
 * without GraphQL or the store. Off unless {@code contacts.bench.enabled=true}.
 */
@ApplicationScoped
public class PrecomputedResponses {

    static final String PATH = "/bench/precomputed/:name";

    private final Map<String, Buffer> responses = new ConcurrentHashMap<>();

    @ConfigProperty(name = "contacts.bench.enabled", defaultValue = "false")
    boolean enabled;

    void routes(@Observes Router router) {
        if (!enabled) {
            return;
        }
        router.put(PATH).handler(BodyHandler.create().setBodyLimit(16 * 1024 * 1024)).handler(context -> {
            responses.put(context.pathParam("name"), context.body().buffer());
            context.response().setStatusCode(204).end();
        });
        router.post(PATH).handler(BodyHandler.create()).handler(context -> {
            Buffer response = responses.get(context.pathParam("name"));
            if (response == null) {
                context.response().setStatusCode(404).end();
                return;
            }
            context.response().putHeader("Content-Type", "application/json").end(response);
        });
    }
}
