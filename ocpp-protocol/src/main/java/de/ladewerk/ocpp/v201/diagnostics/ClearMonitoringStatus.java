package de.ladewerk.ocpp.v201.diagnostics;

/** OCPP 2.0.1 ClearMonitoringStatusEnumType. */
public enum ClearMonitoringStatus {
    Accepted, Rejected, NotFound
}
