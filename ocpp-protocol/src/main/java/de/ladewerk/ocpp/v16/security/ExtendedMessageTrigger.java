package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension MessageTriggerEnumType: the messages ExtendedTriggerMessage can request. */
public enum ExtendedMessageTrigger {
    BootNotification, LogStatusNotification, FirmwareStatusNotification, Heartbeat, MeterValues, SignChargePointCertificate, StatusNotification
}
