package de.ladewerk.gateway.authorization;

import java.util.Objects;

/**
 * An identifier presented for authorization, version-neutral: a 1.6 idTag becomes a token of type
 * {@link IdTokenType#ID_TAG}; 2.0.1 idTokens keep their type.
 */
public record IdToken(String value, IdTokenType type) {

    public IdToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
    }

    /** A 1.6 idTag. */
    public static IdToken idTag(String value) {
        return new IdToken(value, IdTokenType.ID_TAG);
    }
}
