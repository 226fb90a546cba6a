package de.ladewerk.ocpp.v201.provisioning;

/** OCPP 2.0.1 NotifyReportResponse (empty but for customData). */
public record NotifyReportResponse() {
}
