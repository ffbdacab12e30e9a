package org.leadercontacts.editing;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException() {
        super("Editing needs a bearer token: send `Authorization: Bearer <JWT>` with the `editor` role.");
    }
}
