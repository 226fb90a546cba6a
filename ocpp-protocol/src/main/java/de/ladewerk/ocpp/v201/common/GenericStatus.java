package de.ladewerk.ocpp.v201.common;

/** OCPP 2.0.1 GenericStatusEnumType. */
public enum GenericStatus {
    Accepted, Rejected
}
