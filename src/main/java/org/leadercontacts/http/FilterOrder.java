package org.leadercontacts.http;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;

/**
 * Where the guard's routes sit relative to Quarkus's own HTTP filters. Quarkus 3.34 installs each filter as a
 * route of order {@code -priority} on the main router (VertxHttpRecorder), and its CORS filter has priority
 * {@link SecurityHandlerPriorities#CORS} (300, so order -300). The guard must come after it, so that preflights
 * are answered and the CORS headers are on the response before the guard answers anything itself. If an
 * upgrade changes that mapping, {@code CorsTests} fails (preflights answered 405, rejections without headers).
 */
final class FilterOrder {

    private FilterOrder() {
    }

    /** An order before the CORS filter (and after Quarkus's own first handlers). */
    static int beforeCors() {
        return -SecurityHandlerPriorities.CORS - 1000;
    }

    /** The order of the n-th route (from 1) right after the CORS filter, before authentication. */
    static int afterCors(int n) {
        int order = -SecurityHandlerPriorities.CORS + n;
        if (order >= -SecurityHandlerPriorities.AUTHENTICATION) {
            throw new IllegalArgumentException("route " + n + " after CORS would run after authentication");
        }
        return order;
    }
}
