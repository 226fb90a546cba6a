package de.ladewerk.ocpp.v16.firmware;

import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 1.6 GetDiagnostics.req: upload diagnostics to {@code location} (a URI). */
public record GetDiagnosticsRequest(
        @Required String location,
        Integer retries,
        Integer retryInterval,
        Instant startTime,
        Instant stopTime) {
}
