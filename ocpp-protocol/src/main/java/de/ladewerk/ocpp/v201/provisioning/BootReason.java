package de.ladewerk.ocpp.v201.provisioning;

/** OCPP 2.0.1 BootReasonEnumType. */
public enum BootReason {
    ApplicationReset, FirmwareUpdate, LocalReset, PowerUp, RemoteReset, ScheduledReset, Triggered, Unknown, Watchdog
}
