package de.ladewerk.ocpp.v201.availability;

/** OCPP 2.0.1 StatusNotificationResponse (empty but for customData). */
public record StatusNotificationResponse() {
}
