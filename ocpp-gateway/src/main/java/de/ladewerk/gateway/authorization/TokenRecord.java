package de.ladewerk.gateway.authorization;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A token as the store keeps it.
 *
 * @param expiresAt      after this instant the token is expired; {@code null} for never
 * @param parent         the parent idTag (1.6) / group idToken (2.0.1), {@code null} if none
 * @param customerRef    whom the token belongs to (customer or contract number), free text
 * @param additionalInfo 2.0.1 additional identifiers, empty if none
 */
public record TokenRecord(IdToken token, TokenStatus status, Instant expiresAt, IdToken parent, String customerRef,
                          List<AdditionalIdToken> additionalInfo, Instant createdAt, Instant updatedAt) {

    public TokenRecord {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(status, "status");
        additionalInfo = additionalInfo == null ? List.of() : List.copyOf(additionalInfo);
    }

    /** A new accepted token without expiry, parent or details. */
    public static TokenRecord accepted(IdToken token) {
        return new TokenRecord(token, TokenStatus.ACCEPTED, null, null, null, List.of(), null, null);
    }
}
