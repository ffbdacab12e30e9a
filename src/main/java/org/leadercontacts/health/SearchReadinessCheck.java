package org.leadercontacts.health;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.leadercontacts.search.SearchIndex;

/**
 * Ready once the first search index is built, so that a new replica takes traffic only when it can
 * answer searches too. A later rebuild keeps it ready: after an edit on one replica, all the others
 * rebuild at once, and taking them all out of service would turn a few seconds of searches waiting
 * (or answered SEARCH_UNAVAILABLE) into an outage of every query. {@code revision} is the store revision
 * the index reflects; searches are answered once it reaches the one the replica serves.
 */
@Readiness
public class SearchReadinessCheck implements HealthCheck {

    @Inject
    SearchIndex searchIndex;

    @Override
    public HealthCheckResponse call() {
        SearchIndex.Status status = searchIndex.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("search").status(status.ready())
                .withData("generation", status.generation()).withData("revision", status.revision())
                .withData("fullBuilds", status.fullBuilds())
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
