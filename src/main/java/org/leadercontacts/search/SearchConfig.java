package org.leadercontacts.search;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the search index lives and how it is built and queried. */
@ConfigMapping(prefix = "contacts.search")
public interface SearchConfig {

    /**
     * The directory the index is written to, owned by this process alone (a Kubernetes
     * {@code emptyDir}). Without it, each process uses a fresh directory under
     * {@code java.io.tmpdir}, deleted at shutdown. The index is rebuilt at every start either way.
     */
    Optional<String> indexDir();

    /** Rows read from the store per query while building the index; documents are read a tenth as many at a time. */
    @WithDefault("5000")
    int batchSize();

    /**
     * How long a search waits for the index to reflect the store revision this replica serves (the first build
     * after start, or a rebuild after another replica's edit) before failing with SEARCH_UNAVAILABLE.
     */
    @WithDefault("3s")
    Duration readyWait();

    /**
     * The most statements the {@code statements(filter: {matching: …})} filter may match: its ids
     * go to the database as one {@code IN} list. {@code search} pages through any number of hits.
     */
    @WithDefault("1000")
    int maxFilterMatches();
}
