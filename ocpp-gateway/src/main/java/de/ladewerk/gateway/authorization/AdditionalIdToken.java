package de.ladewerk.gateway.authorization;

import java.util.Objects;

/** A 2.0.1 additionalInfo entry: a further identifier belonging to a token, e.g. a contract id. */
public record AdditionalIdToken(String additionalIdToken, String type) {

    public AdditionalIdToken {
        Objects.requireNonNull(additionalIdToken, "additionalIdToken");
        Objects.requireNonNull(type, "type");
    }
}
