package de.ladewerk.ocpp.v201.display;

/** OCPP 2.0.1 GetDisplayMessagesStatusEnumType. */
public enum GetDisplayMessagesStatus {
    Accepted, Unknown
}
