package de.ladewerk.ocpp.v201.display;

/** OCPP 2.0.1 ClearMessageStatusEnumType. */
public enum ClearMessageStatus {
    Accepted, Unknown
}
