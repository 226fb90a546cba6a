package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension SignedFirmwareStatusNotification.req: progress of a signed firmware update. */
public record SignedFirmwareStatusNotificationRequest(
        @Required SignedFirmwareStatus status,
        Integer requestId) {
}
