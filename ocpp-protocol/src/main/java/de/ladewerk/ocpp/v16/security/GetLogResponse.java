package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension GetLog.conf with the name of the log file. */
public record GetLogResponse(
        @Required LogStatus status,
        @MaxLength(255) String filename) {
}
