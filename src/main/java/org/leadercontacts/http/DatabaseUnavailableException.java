package org.leadercontacts.http;

import io.smallrye.graphql.api.ErrorCode;

/** The database could not be reached. Nothing was changed; the client may retry shortly. */
@ErrorCode("SERVICE_UNAVAILABLE")
public class DatabaseUnavailableException extends RuntimeException {

    DatabaseUnavailableException(Throwable cause) {
        super("The database is unavailable; nothing was changed. Try again shortly.", cause);
    }
}
