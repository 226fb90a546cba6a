package de.ladewerk.gateway.session;

import java.time.Instant;
import java.util.Objects;

/**
 * Signed meter data exactly as the station sent it, for billing's calibration-law checks. A 1.6
 * {@code SignedData} sampled value carries only {@code signedData}; a 2.0.1 {@code signedMeterValue}
 * also names signing method, encoding method and public key.
 */
public record SignedValue(Instant time, int evseId, String measurand, String context, String signedData,
                          String signingMethod, String encodingMethod, String publicKey) {

    public SignedValue {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(measurand, "measurand");
        Objects.requireNonNull(signedData, "signedData");
    }

    /** This value on another EVSE. */
    public SignedValue withEvse(int evse) {
        return new SignedValue(time, evse, measurand, context, signedData, signingMethod, encodingMethod, publicKey);
    }
}
