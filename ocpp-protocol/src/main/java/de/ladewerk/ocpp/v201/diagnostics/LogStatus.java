package de.ladewerk.ocpp.v201.diagnostics;

/** OCPP 2.0.1 LogStatusEnumType. */
public enum LogStatus {
    Accepted, Rejected, AcceptedCanceled
}
