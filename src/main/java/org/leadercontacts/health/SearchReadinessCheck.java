package org.leadercontacts.health;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.leadercontacts.search.SearchIndex;

/**
 * Ready once the first search index is built, so that a new replica takes traffic only when it can
 * answer searches too; a later rebuild keeps it ready (the previous index serves meanwhile).
 */
@Readiness
public class SearchReadinessCheck implements HealthCheck {

    @Inject
    SearchIndex searchIndex;

    @Override
    public HealthCheckResponse call() {
        SearchIndex.Status status = searchIndex.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("search").status(status.ready())
                .withData("generation", status.generation()).withData("fullBuilds", status.fullBuilds())
                .withData("entriesUpdated", status.entriesUpdated());
        if (status.percentBuilt() != null) {
            response.withData("building", status.percentBuilt() + "%");
        }
        if (status.failure() != null) {
            response.withData("failure", status.failure());
        }
        return response.build();
    }
}
