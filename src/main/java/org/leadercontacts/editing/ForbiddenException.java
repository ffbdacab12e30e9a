package org.leadercontacts.editing;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("FORBIDDEN")
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String user) {
        super("\"" + user + "\" may not edit: the `editor` role is required.");
    }
}
