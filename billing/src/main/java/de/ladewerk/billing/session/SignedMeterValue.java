package de.ladewerk.billing.session;

import java.util.Objects;

/**
 * A signed meter value exactly as the station sent it; billing stores it unaltered.
 *
 * @param signedData     OCPP 1.6 SampledValue value (format SignedData) or 2.0.1 signedMeterData
 * @param encodingMethod 2.0.1 encodingMethod (e.g. "OCMF"); "OCMF" for 1.6 SignedData
 * @param signingMethod  2.0.1 signingMethod, {@code null} when not given
 * @param publicKey      key the station sent along, {@code null} if none; never trusted for verification
 */
public record SignedMeterValue(String signedData, String encodingMethod, String signingMethod, String publicKey) {
    public SignedMeterValue {
        Objects.requireNonNull(signedData, "signedData");
        Objects.requireNonNull(encodingMethod, "encodingMethod");
    }

    /** An OCPP 1.6 SampledValue with format SignedData. */
    public static SignedMeterValue fromOcpp16(String value) {
        return new SignedMeterValue(value, "OCMF", null, null);
    }
}
