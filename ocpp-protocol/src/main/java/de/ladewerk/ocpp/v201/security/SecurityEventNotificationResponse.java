package de.ladewerk.ocpp.v201.security;

/** OCPP 2.0.1 SecurityEventNotificationResponse (empty but for customData). */
public record SecurityEventNotificationResponse() {
}
