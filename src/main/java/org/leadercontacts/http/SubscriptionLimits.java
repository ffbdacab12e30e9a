package org.leadercontacts.http;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What a WebSocket connection for subscriptions may hold. Messages share the body limit of HTTP requests. */
@ConfigMapping(prefix = "contacts.subscriptions")
public interface SubscriptionLimits {

    /** How long a new connection may take to send {@code connection_init} before it is closed (4408). */
    @WithDefault("3s")
    Duration connectionInitTimeout();

    /** Subscriptions one connection may run at once; one more is refused with LIMIT_EXCEEDED. */
    @WithDefault("20")
    int maxPerConnection();

    /** WebSocket connections this process holds at once; one more is refused with 503. */
    @WithDefault("1000")
    int maxConnections();
}
