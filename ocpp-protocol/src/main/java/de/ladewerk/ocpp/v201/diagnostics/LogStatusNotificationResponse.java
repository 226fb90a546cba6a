package de.ladewerk.ocpp.v201.diagnostics;

/** OCPP 2.0.1 LogStatusNotificationResponse (empty but for customData). */
public record LogStatusNotificationResponse() {
}
