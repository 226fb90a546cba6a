package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 2.0.1 LogParametersType: where to upload a log and which period it covers. */
public record LogParameters(
        @Required @MaxLength(512) String remoteLocation,
        Instant oldestTimestamp,
        Instant latestTimestamp) {
}
