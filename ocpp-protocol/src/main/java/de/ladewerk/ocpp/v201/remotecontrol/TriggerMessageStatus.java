package de.ladewerk.ocpp.v201.remotecontrol;

/** OCPP 2.0.1 TriggerMessageStatusEnumType. */
public enum TriggerMessageStatus {
    Accepted, Rejected, NotImplemented
}
