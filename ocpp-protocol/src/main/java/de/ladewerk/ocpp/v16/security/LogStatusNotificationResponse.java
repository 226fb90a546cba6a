package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension LogStatusNotification.conf (empty). */
public record LogStatusNotificationResponse() {
}
