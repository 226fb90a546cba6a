package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 GetLogRequest: upload a diagnostics or security log. */
public record GetLogRequest(
        @Required LogParameters log,
        @Required LogType logType,
        @Required Integer requestId,
        Integer retries,
        Integer retryInterval) {
}
