package de.ladewerk.gateway.authorization;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a station's local authorization list: the token with the answer the station may give
 * for it offline.
 *
 * @param expiresAt until when the answer holds, {@code null} for no limit
 * @param parent    the parent idTag / group idToken, {@code null} if none
 */
public record LocalListEntry(IdToken token, AuthorizationStatus status, Instant expiresAt, IdToken parent) {

    public LocalListEntry {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(status, "status");
    }

    /** The entry for a stored token as {@link TokenRules} answer for it now. */
    public static LocalListEntry of(TokenRecord token, TokenRecord parent, Instant now) {
        Authorization a = TokenRules.evaluate(token, parent, now);
        return new LocalListEntry(token.token(), a.status(),
                a.accepted() ? a.expiresAt() : token.expiresAt(), token.parent());
    }

    /** A change of a differential update: set this entry, or remove the token ({@code entry} null). */
    public record Change(IdToken token, LocalListEntry entry) {

        public Change {
            Objects.requireNonNull(token, "token");
        }

        public boolean removal() {
            return entry == null;
        }
    }
}
