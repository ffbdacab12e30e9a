package org.leadercontacts.http;

import org.jboss.logging.MDC;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/** Puts the request id into every GraphQL error, so a client can quote it and the logs be searched. */
public class RequestIdErrorExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "requestId";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        Object requestId = MDC.get("requestId");
        return requestId == null ? JsonValue.NULL : Json.createValue(requestId.toString());
    }
}
