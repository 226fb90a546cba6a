package de.ladewerk.ocpp.v16.firmware;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 DiagnosticsStatusNotification.req: progress of a diagnostics upload. */
public record DiagnosticsStatusNotificationRequest(
        @Required DiagnosticsStatus status) {
}
