package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 1.6 security extension LogParametersType: where to upload the log and which time span. */
public record LogParameters(
        @Required @MaxLength(512) String remoteLocation,
        Instant oldestTimestamp,
        Instant latestTimestamp) {
}
