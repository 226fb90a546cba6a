package de.ladewerk.ocpp.v201.diagnostics;

/** OCPP 2.0.1 EventNotificationEnumType. */
public enum EventNotification {
    HardWiredNotification, HardWiredMonitor, PreconfiguredMonitor, CustomMonitor
}
