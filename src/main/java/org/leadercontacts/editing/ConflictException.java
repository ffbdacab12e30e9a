package org.leadercontacts.editing;

import io.smallrye.graphql.api.ErrorCode;

/** The edit is based on an outdated version of the object, or would duplicate one. Nothing was changed. */
@ErrorCode("CONFLICT")
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
