package de.ladewerk.ocpp.v201.provisioning;

/** OCPP 2.0.1 ResetStatusEnumType. */
public enum ResetStatus {
    Accepted, Rejected, Scheduled
}
