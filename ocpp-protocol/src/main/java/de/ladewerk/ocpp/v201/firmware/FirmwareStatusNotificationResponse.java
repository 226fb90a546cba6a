package de.ladewerk.ocpp.v201.firmware;

/** OCPP 2.0.1 FirmwareStatusNotificationResponse (empty but for customData). */
public record FirmwareStatusNotificationResponse() {
}
