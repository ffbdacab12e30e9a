package org.leadercontacts.synthetic;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The size and seed of the synthetic store that is loaded for scale tests; 0 conversations means none. */
@ConfigMapping(prefix = "contacts.synthetic")
public interface SyntheticStoreConfig {

    /** Synthetic conversations to load after seeding; 0 (the default) loads nothing. */
    @WithDefault("0")
    int conversations();

    /** Statements per synthetic conversation. */
    @WithDefault("10")
    int statementsPerConversation();

    /** Seed of the generator: the same seed and sizes give the same rows, byte for byte. */
    @WithDefault("42")
    long seed();

    default SyntheticStore.Size size() {
        return new SyntheticStore.Size(seed(), conversations(), statementsPerConversation());
    }
}
