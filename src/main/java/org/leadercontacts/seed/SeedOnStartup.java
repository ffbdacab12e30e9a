package org.leadercontacts.seed;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.leadercontacts.store.StoreChanged;
import org.leadercontacts.store.StoreRevision;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Verifies the source folder and seeds the store before the service takes traffic. A source
 * folder that does not verify stops startup with a message naming each file and text at fault.
 */
public class SeedOnStartup {

    private static final Logger LOG = Logger.getLogger(SeedOnStartup.class);

    @Inject
    StoreSeeder seeder;

    @Inject
    Instance<StartupLoad> startupLoads;

    @Inject
    Event<StoreChanged> seeded;

    @Inject
    StoreRevision storeRevision;

    @ConfigProperty(name = "contacts.seed.enabled", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("Seeding disabled (contacts.seed.enabled=false)");
            seeded.fire(StoreChanged.anything());
            return;
        }
        long started = System.nanoTime();
        VerifiedSources sources = SourceFolder.read();
        StoreSeeder.Outcome outcome = seeder.seed(sources);
        LOG.infof("Verified %d source documents (%d conversations, %d statements) and seeded %d in %d ms",
                sources.documents().size(), sources.conversations().size(),
                sources.documents().stream().mapToInt(d -> d.statements().size()).sum(), outcome.documentsAdded(),
                (System.nanoTime() - started) / 1_000_000);
        // Derived state is rebuilt once, after the seed and any startup load (the benchmark's synthetic store).
        int loaded = startupLoads.stream().mapToInt(StartupLoad::loadIfConfigured).sum();
        if (loaded > 0) {
            QuarkusTransaction.requiringNew().run(storeRevision::bump);
        }
        seeded.fire(StoreChanged.anything());
    }
}
