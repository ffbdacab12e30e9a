package org.leadercontacts.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.leadercontacts.seed.StoreVersion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Aggregates over many rows (a list's {@code totalCount}, a leader's counterpart tallies), computed at
 * most once per store revision and query. Neither database has an O(1) count: at a million statements
 * an unfiltered count is a scan, so it is paid once after each change rather than on every request.
 * Every change to the store advances the revision (see {@link StoreVersion}), so an entry is never
 * stale; entries of old revisions become unreachable and age out by weight.
 */
@ApplicationScoped
public class StoreAggregates {

    @ConfigMapping(prefix = "contacts.cache.aggregates")
    public interface Settings {

        /** Keep aggregates per store revision; off, every totalCount and tally is computed per request. */
        @WithDefault("true")
        boolean enabled();

        /** Upper bound on the cached aggregates, in values (a count weighs 1, a tally list its length). */
        @WithDefault("200000")
        long maxWeight();
    }

    /** What an aggregate depends on: the revision, the query that computes it, its arguments, and a part. */
    record Key(long revision, String query, Map<String, Object> arguments, Object part) {
    }

    @Inject
    Settings settings;

    @Inject
    StoreVersion storeVersion;

    @Inject
    MeterRegistry registry;

    private Cache<Key, Object> values;

    @PostConstruct
    void create() {
        values = Caffeine.newBuilder().maximumWeight(settings.maxWeight())
                .weigher((Key key, Object value) -> value instanceof Collection<?> list ? 1 + list.size() : 1)
                .recordStats().build();
        CaffeineCacheMetrics.monitor(registry, values, "store-aggregates");
    }

    /** The value of {@code query} with {@code arguments}, computed by {@code compute} unless known. */
    public <T> T get(String query, Map<String, Object> arguments, Supplier<T> compute) {
        return getAll(query, arguments, List.of(query), missing -> Map.of(query, compute.get())).get(query);
    }

    /**
     * One value per part (a parent id, say) of {@code query}: the known ones from memory, the rest from
     * one call of {@code compute}, which must answer every part it is given.
     */
    @SuppressWarnings("unchecked")
    public <P, T> Map<P, T> getAll(String query, Map<String, Object> arguments, Collection<P> parts,
            Function<List<P>, Map<P, T>> compute) {
        long revision = storeVersion.current();
        // Inside a write transaction the data may differ from every committed revision.
        if (!settings.enabled() || revision < 0 || QuarkusTransaction.isActive()) {
            return compute.apply(List.copyOf(parts));
        }
        Map<String, Object> args = Map.copyOf(arguments);
        Map<P, T> result = new HashMap<>();
        List<P> missing = parts.stream().distinct().filter(part -> {
            Object known = values.getIfPresent(new Key(revision, query, args, part));
            if (known != null) {
                result.put(part, (T) known);
            }
            return known == null;
        }).toList();
        if (missing.isEmpty()) {
            return result;
        }
        Map<P, T> computed = compute.apply(missing);
        result.putAll(computed);
        // A value computed while the store moved on may mix revisions: use it, but do not keep it.
        if (storeVersion.current() == revision) {
            computed.forEach((part, value) -> values.put(new Key(revision, query, args, part), value));
        }
        return result;
    }
}
