package de.ladewerk.gateway.authorization;

import java.time.Instant;

/**
 * What a stored token answers at a given time. Pure, so the rules are tested without a database:
 * unknown → INVALID; the token's own status if not ACCEPTED; a passed expiry → EXPIRED; then the
 * parent (group) decides: a blocked parent → BLOCKED, an expired or invalid parent likewise
 * withholds acceptance; otherwise ACCEPTED, cacheable until the earlier of both expiries.
 */
public final class TokenRules {

    private TokenRules() {
    }

    /**
     * @param token  the stored token, {@code null} if unknown
     * @param parent its stored parent, {@code null} if it has none or the parent is not stored
     */
    public static Authorization evaluate(TokenRecord token, TokenRecord parent, Instant now) {
        if (token == null) {
            return Authorization.invalid();
        }
        AuthorizationStatus own = ownStatus(token, now);
        IdToken group = token.parent();
        if (own != AuthorizationStatus.ACCEPTED) {
            return new Authorization(own, null, group);
        }
        Instant until = token.expiresAt();
        if (parent != null) {
            AuthorizationStatus inherited = ownStatus(parent, now);
            if (inherited != AuthorizationStatus.ACCEPTED) {
                return new Authorization(inherited, null, group);
            }
            until = earlier(until, parent.expiresAt());
        }
        return new Authorization(AuthorizationStatus.ACCEPTED, until, group);
    }

    private static AuthorizationStatus ownStatus(TokenRecord token, Instant now) {
        if (token.status() != TokenStatus.ACCEPTED) {
            return token.status().answer();
        }
        if (token.expiresAt() != null && !token.expiresAt().isAfter(now)) {
            return AuthorizationStatus.EXPIRED;
        }
        return AuthorizationStatus.ACCEPTED;
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
