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

import org.leadercontacts.store.StoreRevision;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Aggregates over many rows (a list's {@code totalCount}, a leader's counterpart tallies), computed at
 * most once per store revision and query. Neither database has an O(1) count: at a million statements
 * an unfiltered count is a scan, so it is paid once after each change rather than on every request.
 * Keyed by the store revision (a {@link RevisionCache}), so an entry is never stale. Nothing is kept
 * inside a write transaction: there the data may differ from every committed revision.
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

    /** What an aggregate depends on: the revision, the query that computes it, its arguments, and a part (or null). */
    record Key(long revision, String query, Map<String, Object> arguments, Object part) {
    }

    @Inject
    Settings settings;

    @Inject
    StoreRevision storeRevision;

    @Inject
    MeterRegistry registry;

    private RevisionCache<Key, Object> values;

    @PostConstruct
    void create() {
        values = new RevisionCache<>("store-aggregates", settings.maxWeight(),
                (Key key, Object value) -> value instanceof Collection<?> list ? 1 + list.size() : 1, storeRevision, registry);
    }

    /** The value of {@code query} with {@code arguments}, computed by {@code compute} unless known. */
    @SuppressWarnings("unchecked")
    public <T> T get(String query, Map<String, Object> arguments, Supplier<T> compute) {
        long revision = storeRevision.current();
        if (!keeping(revision)) {
            return compute.get();
        }
        Key key = new Key(revision, query, Map.copyOf(arguments), null);
        T value = (T) values.get(key);
        if (value == null) {
            value = compute.get();
            values.keep(revision, key, value);
        }
        return value;
    }

    /**
     * One value per part (a parent id, say) of {@code query}: the known ones from memory, the rest from
     * one call of {@code compute}, which must answer every part it is given.
     */
    @SuppressWarnings("unchecked")
    public <P, T> Map<P, T> getAll(String query, Map<String, Object> arguments, Collection<P> parts,
            Function<List<P>, Map<P, T>> compute) {
        long revision = storeRevision.current();
        if (!keeping(revision)) {
            return compute.apply(List.copyOf(parts));
        }
        Map<String, Object> args = Map.copyOf(arguments);
        Map<P, T> result = new HashMap<>();
        List<P> missing = parts.stream().distinct().filter(part -> {
            Object known = values.get(new Key(revision, query, args, part));
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
        computed.forEach((part, value) -> values.keep(revision, new Key(revision, query, args, part), value));
        return result;
    }

    private boolean keeping(long revision) {
        return settings.enabled() && revision >= 0 && !QuarkusTransaction.isActive();
    }
}
