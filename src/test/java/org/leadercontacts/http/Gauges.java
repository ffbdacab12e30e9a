package org.leadercontacts.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.MeterRegistry;

/** Waits, within bounds, for a gauge that background work moves. */
final class Gauges {

    private Gauges() {
    }

    /** Waits up to ten seconds for the gauge to read {@code value}, and fails if it does not. */
    static void await(MeterRegistry registry, String name, double value) throws InterruptedException {
        await(registry, name, value, 10_000);
    }

    /** Waits up to {@code millis} for the gauge to read {@code value}, and fails if it does not. */
    static void await(MeterRegistry registry, String name, double value, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (registry.get(name).gauge().value() != value && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(value, registry.get(name).gauge().value(), name);
    }
}
