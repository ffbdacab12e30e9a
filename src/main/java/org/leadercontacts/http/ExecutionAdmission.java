package org.leadercontacts.http;

import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Lets at most {@code contacts.limits.max-concurrent-executions} requests run in the engine at once, and keeps
 * the others waiting in arrival order, up to {@code max-queued-executions}. What a request holds while it runs
 * (its answer under construction, a database connection) is then bounded by the number of turns, not by the
 * number of clients; a waiting request holds only its body. Waiting counts towards the request's time limit.
 */
@ApplicationScoped
public class ExecutionAdmission {

    @Inject
    RequestLimits limits;

    @Inject
    MeterRegistry registry;

    private record Waiting(Context context, Runnable start) {
    }

    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private int running;

    @PostConstruct
    void gauges() {
        Gauge.builder("graphql.requests.waiting", this, ExecutionAdmission::waitingCount)
                .description("GraphQL requests waiting for a turn in the engine").register(registry);
    }

    /**
     * Runs {@code start} now if a turn is free, else when one frees up (on the caller's Vert.x context).
     * False when too many are waiting already: {@code start} will never run.
     */
    public boolean admit(Runnable start) {
        synchronized (this) {
            if (running >= limits.maxConcurrentExecutions()) {
                if (waiting.size() >= limits.maxQueuedExecutions()) {
                    return false;
                }
                waiting.add(new Waiting(Vertx.currentContext(), start));
                return true;
            }
            running++;
        }
        start.run();
        return true;
    }

    /** A request admitted by {@link #admit} has finished with its turn: the next one waiting gets it. */
    public void leave() {
        Waiting next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                running--;
                return;
            }
        }
        if (next.context() == null) {
            next.start().run();
        } else {
            next.context().runOnContext(ignored -> next.start().run());
        }
    }

    synchronized int waitingCount() {
        return waiting.size();
    }
}
