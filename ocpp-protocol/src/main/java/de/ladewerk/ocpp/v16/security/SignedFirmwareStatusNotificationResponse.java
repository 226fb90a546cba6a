package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension SignedFirmwareStatusNotification.conf (empty). */
public record SignedFirmwareStatusNotificationResponse() {
}
