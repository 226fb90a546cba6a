package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 1.6 security extension FirmwareType: signed firmware, where to get it and when to install it. */
public record Firmware(
        @Required @MaxLength(512) String location,
        @Required Instant retrieveDateTime,
        Instant installDateTime,
        @Required @MaxLength(5500) String signingCertificate,
        @Required @MaxLength(800) String signature) {
}
