package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 LogStatusNotificationRequest: progress of a log upload. */
public record LogStatusNotificationRequest(
        @Required UploadLogStatus status,
        Integer requestId) {
}
