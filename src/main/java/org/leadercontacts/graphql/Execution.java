package org.leadercontacts.graphql;

import java.util.concurrent.atomic.AtomicBoolean;

import graphql.execution.instrumentation.InstrumentationState;
import io.vertx.ext.web.RoutingContext;

/**
 * One GraphQL request from the moment it is handed to the engine until everything it held (its request
 * context, and with it the database session and connection) can be given back: that is when both the
 * engine has finished and the response is done, whichever comes last. A client that goes away, or the time
 * limit, cancels it: fields not yet fetched are then not fetched.
 */
public final class Execution implements InstrumentationState {

    private static final String KEY = Execution.class.getName();

    private final Runnable release;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean engineDone = new AtomicBoolean();
    private final AtomicBoolean responseDone = new AtomicBoolean();
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile String cancelledBecause;

    private Execution(Runnable release) {
        this.release = release;
    }

    /** Starts tracking the request; {@code release} runs once, when the engine and the response are both done. */
    public static Execution begin(RoutingContext context, Runnable release) {
        Execution execution = new Execution(release);
        context.put(KEY, execution);
        return execution;
    }

    /** The execution of this request, or null when it was not handed to the engine through the guard. */
    public static Execution of(RoutingContext context) {
        return context == null ? null : context.get(KEY);
    }

    /** Stops fetching what has not been fetched yet; the first reason given is kept. */
    public void cancel(String reason) {
        if (cancelledBecause == null) {
            cancelledBecause = reason;
        }
    }

    public boolean isCancelled() {
        return cancelledBecause != null;
    }

    public String cancelledBecause() {
        return cancelledBecause;
    }

    void engineStarted() {
        started.set(true);
    }

    public boolean engineStartedYet() {
        return started.get();
    }

    public void engineDone() {
        engineDone.set(true);
        releaseWhenDone();
    }

    public void responseDone() {
        responseDone.set(true);
        releaseWhenDone();
    }

    public boolean released() {
        return released.get();
    }

    private void releaseWhenDone() {
        if (engineDone.get() && responseDone.get() && released.compareAndSet(false, true)) {
            release.run();
        }
    }
}
