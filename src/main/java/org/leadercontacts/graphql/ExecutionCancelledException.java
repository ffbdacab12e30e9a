package org.leadercontacts.graphql;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A field that was not fetched because its request was cancelled: the client went away or the time limit
 * passed. Nobody reads the answer it goes into, so it is neither a server error nor logged as one.
 */
@ErrorCode("CANCELLED")
public class ExecutionCancelledException extends RuntimeException {

    public ExecutionCancelledException(String reason) {
        super("The request was cancelled: " + reason + ".", null, false, false);
    }
}
