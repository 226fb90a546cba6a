package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SignedMeterValueType: a meter reading signed by the meter. */
public record SignedMeterValue(
        @Required @MaxLength(2500) String signedMeterData,
        @Required @MaxLength(50) String signingMethod,
        @Required @MaxLength(50) String encodingMethod,
        @Required @MaxLength(2500) String publicKey) {
}
