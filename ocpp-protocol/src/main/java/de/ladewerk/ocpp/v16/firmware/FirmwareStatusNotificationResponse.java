package de.ladewerk.ocpp.v16.firmware;

/** OCPP 1.6 FirmwareStatusNotification.conf (empty). */
public record FirmwareStatusNotificationResponse() {
}
