package org.leadercontacts.http;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What one GraphQL request may cost. Every limit is enforced before execution. */
@ConfigMapping(prefix = "contacts.limits")
public interface RequestLimits {

    /** Deepest field nesting, not counting introspection. */
    @WithDefault("12")
    int maxDepth();

    /** Deepest nesting inside introspection fields (__schema, __type): standard tools need about 15. */
    @WithDefault("20")
    int maxIntrospectionDepth();

    /** Aliased fields in one request. */
    @WithDefault("15")
    int maxAliases();

    /** Lexical tokens in the query; introspection queries are exempt (characters still count). */
    @WithDefault("1000")
    int maxTokens();

    /** Characters in the query. */
    @WithDefault("20000")
    int maxCharacters();

    /** Fields the query may select, each multiplied by the page sizes of the connections above it. */
    @WithDefault("5000")
    int maxCost();

    /**
     * Bytes the answer could reach, estimated before execution: each field counts 40, a document's full
     * text as long as the longest document, context around a span as the characters asked for.
     */
    @WithDefault("1048576")
    long maxAnswerBytes();

    /** Directives on one field. */
    @WithDefault("3")
    int maxDirectivesPerField();

    /** Nesting of arrays and objects in the request's JSON (the body, or a GET's variables or extensions). */
    @WithDefault("32")
    int maxJsonDepth();

    /** Size of the request body. */
    @WithDefault("65536")
    int maxBodyBytes();

    /** Requests running in the engine at once; more wait for a turn. */
    @WithDefault("8")
    int maxConcurrentExecutions();

    /** Requests waiting for a turn; beyond that a request is answered 503 at once. */
    @WithDefault("128")
    int maxQueuedExecutions();

    /** Time a request may run (waiting for its turn included) before it is answered with an error. */
    @WithDefault("10s")
    Duration timeout();
}
