package de.ladewerk.ocpp.v16.types;

/** OCPP 1.6 TriggerMessageStatus, also the security extension's TriggerMessageStatusEnumType. */
public enum TriggerMessageStatus {
    Accepted, Rejected, NotImplemented
}
