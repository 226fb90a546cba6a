package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 RegistrationStatus; constants carry the wire spelling. */
public enum RegistrationStatus {
    Accepted, Pending, Rejected
}
