package org.leadercontacts;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Classes that libraries find by name at run time, which the native image keeps only when told to. The JVM
 * needs none of this; {@code NativeImageRegistrationsTests} fails when a library upgrade or a new cache
 * builds a class that is not listed here.
 */
@RegisterForReflection(classNames = {
        // Caffeine builds each bounded cache as a generated class chosen by name from the builder's options.
        // Quarkus's Caffeine feature registers a fixed set, without these: a maximum weight (the parsed-query
        // cache), and a maximum weight with statistics (RevisionCache).
        "com.github.benmanes.caffeine.cache.SSMW",
        "com.github.benmanes.caffeine.cache.SSSMW",
        // Lucene creates a token attribute's implementation as the attribute's name plus "Impl".
        "org.apache.lucene.analysis.tokenattributes.BytesTermAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.FlagsAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.KeywordAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.OffsetAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.PackedTokenAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.PayloadAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.PositionIncrementAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.PositionLengthAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.SentenceAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.TermFrequencyAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.TypeAttributeImpl",
        "org.apache.lucene.search.BoostAttributeImpl",
        "org.apache.lucene.search.MaxNonCompetitiveBoostAttributeImpl" })
final class NativeImageRegistrations {

    private NativeImageRegistrations() {
    }
}
