package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension LogStatusNotification.req: progress of a GetLog upload. */
public record LogStatusNotificationRequest(
        @Required UploadLogStatus status,
        Integer requestId) {
}
