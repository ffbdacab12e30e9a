package org.leadercontacts.http;

import static org.leadercontacts.http.ErrorResponses.reject;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a mutation without an editor's token before anything runs, with the HTTP status the failure calls for
 * (401, 403). The mutation itself checks the same token again through Quarkus security ({@code EditorAccess}): this
 * check gives the status and the early answer; that one guards the write.
 */
@ApplicationScoped
class EditorTokenCheck {

    @Inject
    JWTParser jwtParser;

    /**
     * Mutations need a valid bearer token with the editor role, checked before anything runs:
     * 401 without a valid token, 403 without the role. Queries never look at the header.
     */
    boolean admits(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            reject(context, 401, "UNAUTHENTICATED", "Editing needs a bearer token: send `Authorization: Bearer <JWT>` "
                    + "with the `editor` role.", Map.of());
            return false;
        }
        JsonWebToken token;
        try {
            token = jwtParser.parse(authorization.substring(7).trim());
        } catch (ParseException e) {
            context.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            reject(context, 401, "UNAUTHENTICATED", "The bearer token is not valid (signature, issuer or expiry).",
                    Map.of());
            return false;
        }
        if (!token.getGroups().contains("editor")) {
            reject(context, 403, "FORBIDDEN", "\"" + token.getName() + "\" may not edit: the `editor` role is required.",
                    Map.of());
            return false;
        }
        return true;
    }
}
