package org.leadercontacts.http;

import static org.leadercontacts.http.ErrorResponses.reject;
import static org.leadercontacts.http.HttpConventions.REQUEST_ID;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.leadercontacts.graphql.Execution;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs checked requests: each waits for a turn ({@link ExecutionAdmission}), runs under the time limit in a request
 * context of its own, and is cancelled when the client goes away; what it held is given back once both the engine
 * and the response are done.
 */
@ApplicationScoped
class GuardedExecutions {

    private static final Logger LOG = Logger.getLogger(GuardedExecutions.class);

    @Inject
    RequestLimits limits;

    @Inject
    ExecutionAdmission admission;

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry registry;

    /** Requests handed to GraphQL execution whose engine work or response is not finished yet. */
    private final AtomicInteger executing = new AtomicInteger();

    void gauge(@Observes StartupEvent startup) {
        Gauge.builder("graphql.requests.executing", executing, AtomicInteger::get)
                .description("GraphQL requests accepted by the guard and not yet answered").register(registry);
    }

    /**
     * Hands the request to GraphQL execution under the time limit, when the {@link ExecutionAdmission} gives
     * it a turn. Its {@link Execution} tracks it from here until the engine has finished and the response is
     * done, and only then gives back what it held.
     */
    void execute(RoutingContext context) {
        executing.incrementAndGet();
        InFlight inFlight = new InFlight();
        Execution execution = Execution.begin(context, () -> release(inFlight));
        watchResponse(context, execution);
        inFlight.timer = vertx.setTimer(limits.timeout().toMillis(), id -> {
            execution.cancel("it ran longer than the time limit");
            if (!context.response().ended() && !context.response().headWritten() && !context.response().closed()) {
                LOG.warnf("Request %s ran longer than %s", context.get(REQUEST_ID), limits.timeout());
                long millis = limits.timeout().toMillis();
                reject(context, 503, "TIMEOUT", "The request took longer than the limit of "
                        + (millis % 1000 == 0 ? millis / 1000 + " s." : millis + " ms."), Map.of("limit", "timeout"));
            }
        });
        context.addHeadersEndHandler(headers -> vertx.cancelTimer(inFlight.timer));
        if (!admission.admit(() -> run(context, execution, inFlight), execution::engineDone,
                () -> execution.isCancelled() || context.response().closed() || context.response().ended())) {
            context.response().putHeader("Retry-After", "1");
            reject(context, 503, "SERVICE_UNAVAILABLE", "The service is busy: " + limits.maxQueuedExecutions()
                    + " requests are already waiting for a turn. Retry in a moment.", Map.of("reason", "busy"));
            execution.engineDone();
        }
    }

    /**
     * Runs the request in a request context this guard owns. SmallRye GraphQL's handler (called by
     * {@code next()}) installs response handlers that destroy the request context as soon as the client goes
     * away, while the engine may still be using its database session on a worker thread: the session was closed
     * under it and its connection never came back to the pool. The guard puts its own handlers back, cancels
     * the execution instead, and destroys the context only once the execution is released.
     */
    private void run(RoutingContext context, Execution execution, InFlight inFlight) {
        inFlight.admitted = true;
        if (execution.isCancelled() || context.response().ended() || context.response().closed()) {
            execution.engineDone();
            return;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        inFlight.requestContext = requestContext.activate();
        try {
            context.next();
        } finally {
            requestContext.deactivate();
            watchResponse(context, execution);
            if (!execution.engineStartedYet()) {
                execution.engineDone();
            }
        }
    }

    private void release(InFlight inFlight) {
        vertx.cancelTimer(inFlight.timer);
        if (inFlight.requestContext != null) {
            Arc.container().requestContext().destroy(inFlight.requestContext);
        }
        if (inFlight.admitted) {
            admission.leave();
        }
        executing.decrementAndGet();
    }

    private static void watchResponse(RoutingContext context, Execution execution) {
        HttpServerResponse response = context.response();
        response.endHandler(ended -> execution.responseDone())
                .exceptionHandler(failure -> clientLeft(context, execution))
                .closeHandler(closed -> clientLeft(context, execution));
        if (response.closed()) {
            clientLeft(context, execution);
        } else if (response.ended()) {
            execution.responseDone();
        }
    }

    /** What a request holds between the guard and its release. */
    private static final class InFlight {
        volatile long timer;
        volatile boolean admitted;
        volatile InjectableContext.ContextState requestContext;
    }

    private static void clientLeft(RoutingContext context, Execution execution) {
        if (!execution.released() && !context.response().ended()) {
            LOG.debugf("The client of request %s went away before its answer", (Object) context.get(REQUEST_ID));
            execution.cancel("the client went away");
        }
        execution.responseDone();
    }
}
