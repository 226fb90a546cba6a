package de.ladewerk.ocpp.v201.firmware;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 2.0.1 FirmwareType: where to get a firmware image, when to install it, and its signature. */
public record Firmware(
        @Required @MaxLength(512) String location,
        @Required Instant retrieveDateTime,
        Instant installDateTime,
        @MaxLength(5500) String signingCertificate,
        @MaxLength(800) String signature) {
}
