package org.leadercontacts.search;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The search index is not built yet (the service has just started), or could not be built. The
 * rest of the API answers meanwhile; the client should retry the search shortly.
 */
@ErrorCode("SEARCH_UNAVAILABLE")
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message) {
        super(message);
    }
}
