package de.ladewerk.ocpp.v201.common;

/** OCPP 2.0.1 RegistrationStatusEnumType. */
public enum RegistrationStatus {
    Accepted, Pending, Rejected
}
