package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension GenericStatusEnumType. */
public enum GenericStatus {
    Accepted, Rejected
}
