package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension GetLog.req: upload a diagnostics or security log. */
public record GetLogRequest(
        @Required LogType logType,
        @Required Integer requestId,
        Integer retries,
        Integer retryInterval,
        @Required LogParameters log) {
}
