package de.ladewerk.ocpp.v201.transactions;

/** OCPP 2.0.1 RequestStartStopStatusEnumType. */
public enum RequestStartStopStatus {
    Accepted, Rejected
}
