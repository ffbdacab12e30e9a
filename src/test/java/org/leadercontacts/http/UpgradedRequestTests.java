package org.leadercontacts.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;

import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;

/**
 * {@link UpgradedRequest} calls a package-private method of Quarkus's request wrapper (the one its response handlers
 * call to end a request for graceful shutdown). Fails if a Quarkus upgrade renames or changes it.
 */
class UpgradedRequestTests {

    @Test
    void theQuarkusMethodThatEndsARequestIsStillThere() throws Exception {
        Method done = QuarkusRequestWrapper.class.getDeclaredMethod("done");
        assertEquals(void.class, done.getReturnType());
        assertEquals(0, done.getParameterCount());
        assertDoesNotThrow(() -> Class.forName(UpgradedRequest.class.getName(), true,
                UpgradedRequest.class.getClassLoader()), "UpgradedRequest resolves it when loaded");
    }
}
