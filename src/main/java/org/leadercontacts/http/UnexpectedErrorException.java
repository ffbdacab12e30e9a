package org.leadercontacts.http;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A failure nobody anticipated: answered as `Internal server error` with a stable code (SmallRye GraphQL would derive
 * one from the class name of whatever was thrown), and logged with its cause by {@link RequestIdErrorExtension}.
 */
@ErrorCode("INTERNAL_SERVER_ERROR")
public class UnexpectedErrorException extends RuntimeException {

    UnexpectedErrorException(Throwable cause) {
        super(cause);
    }
}
