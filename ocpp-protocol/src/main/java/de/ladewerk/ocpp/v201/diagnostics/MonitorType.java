package de.ladewerk.ocpp.v201.diagnostics;

/** OCPP 2.0.1 MonitorEnumType. */
public enum MonitorType {
    UpperThreshold, LowerThreshold, Delta, Periodic, PeriodicClockAligned
}
