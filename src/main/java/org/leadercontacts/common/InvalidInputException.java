package org.leadercontacts.common;

import io.smallrye.graphql.api.ErrorCode;

/** A client error the client can fix: a malformed ID, cursor, date or argument combination. */
@ErrorCode("BAD_USER_INPUT")
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
