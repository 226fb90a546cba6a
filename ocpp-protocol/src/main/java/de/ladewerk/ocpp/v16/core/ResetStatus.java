package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 ResetStatus. */
public enum ResetStatus {
    Accepted, Rejected
}
