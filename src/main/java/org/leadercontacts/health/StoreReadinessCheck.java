package org.leadercontacts.health;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Ready when the store answers and holds the seeded documents (the search index has its own check). */
@Readiness
public class StoreReadinessCheck implements HealthCheck {

    @Inject
    EntityManager em;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("store");
        try {
            long documents = QuarkusTransaction.requiringNew().call(() -> em
                    .createQuery("select count(d) from SourceDocument d", Long.class).getSingleResult());
            response.withData("documents", documents);
            return response.status(documents > 0).build();
        } catch (RuntimeException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
