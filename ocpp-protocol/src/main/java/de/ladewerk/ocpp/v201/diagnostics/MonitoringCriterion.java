package de.ladewerk.ocpp.v201.diagnostics;

/** OCPP 2.0.1 MonitoringCriterionEnumType. */
public enum MonitoringCriterion {
    ThresholdMonitoring, DeltaMonitoring, PeriodicMonitoring
}
