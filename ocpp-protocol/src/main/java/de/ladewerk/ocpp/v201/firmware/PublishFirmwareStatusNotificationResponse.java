package de.ladewerk.ocpp.v201.firmware;

/** OCPP 2.0.1 PublishFirmwareStatusNotificationResponse (empty but for customData). */
public record PublishFirmwareStatusNotificationResponse() {
}
