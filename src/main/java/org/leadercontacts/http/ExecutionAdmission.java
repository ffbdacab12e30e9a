package org.leadercontacts.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;

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

    /** A request waiting for a turn: how to start it, how to drop it, and whether nobody waits for it any more. */
    private record Waiting(Context context, Runnable start, Runnable drop, BooleanSupplier abandoned) {
    }

    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private int running;

    @PostConstruct
    void gauges() {
        Gauge.builder("graphql.requests.waiting", this, ExecutionAdmission::waitingCount)
                .description("GraphQL requests waiting for a turn in the engine").register(registry);
    }

    /**
     * Runs {@code start} now if a turn is free, else when one frees up (on the caller's Vert.x context). A
     * waiting request that becomes {@code abandoned} (its client left, its time ran out) gives up its place:
     * {@code drop} runs instead of {@code start}. False when too many are waiting already: neither will run.
     */
    public boolean admit(Runnable start, Runnable drop, BooleanSupplier abandoned) {
        List<Waiting> dropped;
        boolean admitted = true;
        boolean startNow = false;
        synchronized (this) {
            dropped = removeAbandoned();
            if (running < limits.maxConcurrentExecutions()) {
                running++;
                startNow = true;
            } else if (waiting.size() < limits.maxQueuedExecutions()) {
                waiting.add(new Waiting(Vertx.currentContext(), start, drop, abandoned));
            } else {
                admitted = false;
            }
        }
        dropped.forEach(w -> w.drop().run());
        if (startNow) {
            start.run();
        }
        return admitted;
    }

    /** A request admitted by {@link #admit} has finished with its turn: the next one waiting gets it. */
    public void leave() {
        List<Waiting> dropped;
        Waiting next;
        synchronized (this) {
            dropped = removeAbandoned();
            next = waiting.poll();
            if (next == null) {
                running--;
            }
        }
        dropped.forEach(w -> w.drop().run());
        if (next == null) {
            return;
        }
        if (next.context() == null) {
            next.start().run();
        } else {
            next.context().runOnContext(ignored -> next.start().run());
        }
    }

    private List<Waiting> removeAbandoned() {
        List<Waiting> abandoned = new ArrayList<>();
        waiting.removeIf(w -> w.abandoned().getAsBoolean() && abandoned.add(w));
        return abandoned;
    }

    synchronized int waitingCount() {
        return waiting.size();
    }
}
