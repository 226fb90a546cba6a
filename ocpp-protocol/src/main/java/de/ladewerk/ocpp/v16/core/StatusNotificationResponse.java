package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 StatusNotification.conf (empty). */
public record StatusNotificationResponse() {
}
