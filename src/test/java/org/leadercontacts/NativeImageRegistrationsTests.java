package org.leadercontacts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.util.AttributeImpl;
import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The native image keeps the classes libraries look up by name only if they are registered. These tests build
 * the same caches and analyze text the way the service does, on the JVM, and check that every class found by
 * name is registered: a library upgrade that renames one, or a new cache shape, fails here rather than in a
 * native executable that cannot start.
 */
class NativeImageRegistrationsTests {

    private static final Set<String> REGISTERED = Set.of(NativeImageRegistrations.class
            .getAnnotation(RegisterForReflection.class).classNames());

    @Test
    void caffeineCachesOfTheShapesTheServiceBuildsAreRegistered() throws ReflectiveOperationException {
        // The parsed-query cache (GraphQLRequestGuard) and RevisionCache: a maximum weight, with and without stats.
        Cache<String, String> weighted = Caffeine.newBuilder().maximumWeight(1_000).weigher((String k, String v) -> 1)
                .build();
        Cache<String, String> weightedWithStats = Caffeine.newBuilder().maximumWeight(1_000)
                .weigher((String k, String v) -> 1).recordStats().build();
        for (Cache<String, String> cache : List.of(weighted, weightedWithStats)) {
            String generated = generatedClass(cache);
            assertTrue(REGISTERED.contains(generated), generated + " is built by name and not registered");
        }
    }

    @Test
    void luceneAttributesTheAnalyzerCreatesAreRegistered() throws IOException {
        Set<String> implementations = new HashSet<>();
        try (EnglishAnalyzer analyzer = new EnglishAnalyzer();
                TokenStream tokens = analyzer.tokenStream("text", "The Presidents discussed Syria's ceasefire.")) {
            tokens.reset();
            while (tokens.incrementToken()) {
                Iterator<AttributeImpl> impls = tokens.getAttributeImplsIterator();
                impls.forEachRemaining(impl -> implementations.add(impl.getClass().getName()));
            }
            tokens.end();
        }
        assertTrue(implementations.contains("org.apache.lucene.analysis.tokenattributes.KeywordAttributeImpl"),
                "the English analyzer marks keywords: " + implementations);
        for (String implementation : implementations) {
            assertTrue(REGISTERED.contains(implementation), implementation + " is created by name and not registered");
        }
    }

    /** The generated class Caffeine chose, behind the manual-cache wrapper. */
    private static String generatedClass(Cache<?, ?> cache) throws ReflectiveOperationException {
        Field inner = cache.getClass().getDeclaredField("cache");
        inner.setAccessible(true);
        return inner.get(cache).getClass().getName();
    }
}
