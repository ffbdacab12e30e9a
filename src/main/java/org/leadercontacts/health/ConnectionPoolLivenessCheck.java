package org.leadercontacts.health;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSourceMetrics;

/**
 * Down when every connection of the pool has been in use, with not one handed out in between, for longer
 * than {@code contacts.health.stuck-pool-after}: no request can reach the store any more, and only a
 * restart gives the connections back. A pool that is merely busy keeps handing connections out and stays
 * up; a database that is down empties the pool rather than filling it, and is readiness's business.
 */
@Liveness
@ApplicationScoped
public class ConnectionPoolLivenessCheck implements HealthCheck {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "contacts.health.stuck-pool-after", defaultValue = "60s")
    Duration stuckAfter;

    /** Since when the pool has been full, and how many connections had been handed out by then. */
    private record FullSince(Instant since, long acquired) {
    }

    private final AtomicReference<FullSince> full = new AtomicReference<>();

    @Override
    public HealthCheckResponse call() {
        AgroalDataSourceMetrics metrics = dataSource.getMetrics();
        int maxSize = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
        long active = metrics.activeCount();
        long acquired = metrics.acquireCount();
        Instant now = Instant.now();
        FullSince state = active < maxSize ? null
                : full.updateAndGet(previous -> previous != null && previous.acquired() == acquired ? previous
                        : new FullSince(now, acquired));
        full.set(state);
        Duration stuckFor = state == null ? Duration.ZERO : Duration.between(state.since(), now);
        return HealthCheckResponse.named("connection-pool").status(stuckFor.compareTo(stuckAfter) < 0)
                .withData("active", active).withData("max", maxSize).withData("awaiting", metrics.awaitingCount())
                .withData("fullWithoutHandingOutForSeconds", stuckFor.toSeconds()).build();
    }
}
