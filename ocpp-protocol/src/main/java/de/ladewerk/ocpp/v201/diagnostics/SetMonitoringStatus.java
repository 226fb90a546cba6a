package de.ladewerk.ocpp.v201.diagnostics;

/** OCPP 2.0.1 SetMonitoringStatusEnumType. */
public enum SetMonitoringStatus {
    Accepted, UnknownComponent, UnknownVariable, UnsupportedMonitorType, Rejected, Duplicate
}
