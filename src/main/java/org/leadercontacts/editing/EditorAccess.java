package org.leadercontacts.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;

/** Mutations are for authenticated editors only; queries stay public. */
@ApplicationScoped
public class EditorAccess {

    static final String ROLE = "editor";

    @Inject
    SecurityIdentity identity;

    /** The editor's name, or a clear error: unauthenticated (no or bad token) or forbidden (no role). */
    public String requireEditor() {
        try {
            if (identity.isAnonymous()) {
                throw new UnauthenticatedException();
            }
        } catch (AuthenticationFailedException e) {
            throw new UnauthenticatedException();
        }
        if (!identity.hasRole(ROLE)) {
            throw new ForbiddenException(identity.getPrincipal().getName());
        }
        return identity.getPrincipal().getName();
    }
}
