package de.ladewerk.ocpp.v16.firmware;

/** OCPP 1.6 DiagnosticsStatusNotification.conf (empty). */
public record DiagnosticsStatusNotificationResponse() {
}
