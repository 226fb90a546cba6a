package de.ladewerk.gateway.authorization;

import java.time.Instant;
import java.util.Objects;

/**
 * What the CSMS answers about a token: the 1.6 idTagInfo and the 2.0.1 idTokenInfo in one shape.
 *
 * @param expiresAt  until when the station may cache the answer, {@code null} for no limit
 * @param groupToken the parent idTag (1.6) / group idToken (2.0.1), {@code null} if none
 */
public record Authorization(AuthorizationStatus status, Instant expiresAt, IdToken groupToken) {

    public Authorization {
        Objects.requireNonNull(status, "status");
    }

    /** The answer for a token nobody knows. */
    public static Authorization invalid() {
        return new Authorization(AuthorizationStatus.INVALID, null, null);
    }

    public boolean accepted() {
        return status == AuthorizationStatus.ACCEPTED;
    }
}
