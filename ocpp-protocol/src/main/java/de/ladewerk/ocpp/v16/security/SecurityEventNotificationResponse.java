package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension SecurityEventNotification.conf (empty). */
public record SecurityEventNotificationResponse() {
}
