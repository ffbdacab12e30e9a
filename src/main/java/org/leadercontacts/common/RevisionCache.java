package org.leadercontacts.common;

import org.leadercontacts.store.StoreRevision;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Weigher;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Values computed at a store revision, keyed by something that includes that revision. Every change to
 * the store advances the revision (see {@link StoreRevision}), so an entry is never stale: a new revision
 * makes the old entries unreachable, and they age out by weight. Reported as {@code cache=<name>}.
 */
public final class RevisionCache<K, V> {

    private final Cache<K, V> values;
    private final StoreRevision storeRevision;

    public RevisionCache(String name, long maxWeight, Weigher<K, V> weigher, StoreRevision storeRevision,
            MeterRegistry registry) {
        this.values = Caffeine.newBuilder().maximumWeight(maxWeight).weigher(weigher).recordStats().build();
        this.storeRevision = storeRevision;
        CaffeineCacheMetrics.monitor(registry, values, name);
    }

    public V get(K key) {
        return values.getIfPresent(key);
    }

    /** Keeps a value computed at {@code revision}, unless the store moved on meanwhile (it may mix revisions). */
    public void keep(long revision, K key, V value) {
        if (storeRevision.current() == revision) {
            values.put(key, value);
        }
    }
}
