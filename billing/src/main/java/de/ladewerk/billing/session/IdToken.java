package de.ladewerk.billing.session;

import java.util.Objects;

/**
 * The token that authorized a session.
 *
 * @param type OCPI token type: RFID, APP_USER, AD_HOC_USER or OTHER
 */
public record IdToken(String uid, String type) {
    public IdToken {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(type, "type");
    }
}
