package de.ladewerk.ocpp.v201.diagnostics;

/** OCPP 2.0.1 NotifyMonitoringReportResponse (empty but for customData). */
public record NotifyMonitoringReportResponse() {
}
