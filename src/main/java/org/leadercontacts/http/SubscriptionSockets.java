package org.leadercontacts.http;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Takes WebSocket upgrades of the GraphQL URL, before the HTTP guard, and runs each connection with SmallRye's
 * graphql-transport-ws handler under the subscription limits ({@link GuardedTransportWs}). Only that protocol is
 * spoken; a connection that does not send {@code connection_init} in time is closed with 4408, as the protocol says.
 */
@ApplicationScoped
public class SubscriptionSockets {

    static final String PROTOCOL = "graphql-transport-ws";
    private static final Logger LOG = Logger.getLogger(SubscriptionSockets.class);

    @Inject
    OperationCheck check;

    @Inject
    SubscriptionLimits limits;

    @Inject
    RequestLimits requestLimits;

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql")
    String path;

    private final AtomicInteger connections = new AtomicInteger();
    private final Set<GuardedTransportWs> open = ConcurrentHashMap.newKeySet();

    void routes(@Observes Router router) {
        Gauge.builder("graphql.websocket.connections", connections, AtomicInteger::get)
                .description("Open WebSocket connections for subscriptions").register(registry);
        router.route(path).order(FilterOrder.afterCors(1)).handler(this::upgrade);
    }

    private void upgrade(RoutingContext context) {
        if (!context.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            context.next();
            return;
        }
        String offered = context.request().getHeader("Sec-WebSocket-Protocol");
        if (offered == null || Arrays.stream(offered.split(",")).map(String::trim).noneMatch(PROTOCOL::equals)) {
            refuse(context, 400, "BAD_REQUEST", "Subscriptions use the " + PROTOCOL + " WebSocket subprotocol (as the "
                    + "graphql-ws client speaks it); offer it in Sec-WebSocket-Protocol.");
            return;
        }
        if (connections.incrementAndGet() > limits.maxConnections()) {
            connections.decrementAndGet();
            refuse(context, 503, "SERVICE_UNAVAILABLE", "The service holds its limit of " + limits.maxConnections()
                    + " WebSocket connections; retry later.");
            return;
        }
        HttpServerRequest request = context.request();
        request.toWebSocket().onComplete(upgraded -> {
            if (upgraded.failed()) {
                connections.decrementAndGet();
                LOG.debugf("WebSocket upgrade failed: %s", upgraded.cause());
                return;
            }
            serve(request, upgraded.result());
        });
    }

    /** On shutdown, subscribers are told to reconnect (to another replica) rather than left to time out. */
    void stop(@Observes ShutdownEvent shutdown) {
        open.forEach(handler -> handler.close(1001, "Going away: the server is shutting down"));
    }

    private void serve(HttpServerRequest request, ServerWebSocket socket) {
        GuardedTransportWs handler = new GuardedTransportWs(new Session(socket), new HashMap<>(), check, limits,
                requestLimits.maxBodyBytes());
        long initTimer = vertx.setTimer(limits.connectionInitTimeout().toMillis(), id -> {
            if (!handler.initialized()) {
                handler.close(4408, "Connection initialisation timeout");
            }
        });
        open.add(handler);
        socket.closeHandler(closed -> {
            open.remove(handler);
            connections.decrementAndGet();
            vertx.cancelTimer(initTimer);
            handler.onClose();
            UpgradedRequest.closed(request);
        });
        socket.exceptionHandler(handler::onThrowable);
        socket.textMessageHandler(handler::onMessage);
        socket.binaryMessageHandler(binary -> handler.close(4400, "Messages are JSON text"));
    }

    private static void refuse(RoutingContext context, int status, String code, String message) {
        JsonObject error = new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    /** SmallRye's view of a Vert.x WebSocket. */
    private record Session(ServerWebSocket socket) implements GraphQLWebSocketSession {

        @Override
        public void sendMessage(String message) {
            if (!socket.isClosed()) {
                socket.writeTextMessage(message);
            }
        }

        @Override
        public void close(short statusCode, String reason) {
            if (!socket.isClosed()) {
                socket.close(statusCode, reason);
            }
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }
    }
}
