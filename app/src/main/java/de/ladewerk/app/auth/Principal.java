package de.ladewerk.app.auth;

import java.util.Objects;

/**
 * Who sends a request, as the access guard established it.
 *
 * @param name      the user name, or {@code token:<name>} for an API token (what audit records show)
 * @param role      what they may do
 * @param sessionId the web session behind a cookie-authenticated request, null for API tokens
 */
public record Principal(String name, Role role, String sessionId) {

    public Principal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** Whether this request came with a session cookie (and so needs a CSRF token to change anything). */
    public boolean viaCookie() {
        return sessionId != null;
    }
}
