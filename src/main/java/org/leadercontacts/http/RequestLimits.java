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

    /** Directives on one field. */
    @WithDefault("3")
    int maxDirectivesPerField();

    /** Nesting of arrays and objects in the request's JSON (the body, or a GET's variables or extensions). */
    @WithDefault("32")
    int maxJsonDepth();

    /** Size of the request body. */
    @WithDefault("65536")
    int maxBodyBytes();

    /** Time a request may run before it is answered with an error. */
    @WithDefault("10s")
    Duration timeout();
}
