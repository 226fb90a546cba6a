package de.ladewerk.ocpp.v16.trigger;

/** OCPP 1.6 MessageTrigger: the messages TriggerMessage can request. */
public enum MessageTrigger {
    BootNotification, DiagnosticsStatusNotification, FirmwareStatusNotification, Heartbeat, MeterValues, StatusNotification
}
