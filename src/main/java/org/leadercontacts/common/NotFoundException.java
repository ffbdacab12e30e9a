package org.leadercontacts.common;

import io.smallrye.graphql.api.ErrorCode;

/** A well-formed ID that names nothing in the store. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends RuntimeException {

    public NotFoundException(String type, String id) {
        super("No " + type + " has the ID \"" + GlobalId.shorten(id) + "\".");
    }
}
