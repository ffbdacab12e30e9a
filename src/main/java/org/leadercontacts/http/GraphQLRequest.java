package org.leadercontacts.http;

import java.util.Map;

/** A GraphQL request as the checks see it, whatever carried it: the query, the operation it names, its variables. */
record GraphQLRequest(String query, String operationName, Map<String, Object> variables) {
}
