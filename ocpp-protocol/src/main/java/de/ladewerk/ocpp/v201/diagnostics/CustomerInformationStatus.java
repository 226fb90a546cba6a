package de.ladewerk.ocpp.v201.diagnostics;

/** OCPP 2.0.1 CustomerInformationStatusEnumType. */
public enum CustomerInformationStatus {
    Accepted, Rejected, Invalid
}
