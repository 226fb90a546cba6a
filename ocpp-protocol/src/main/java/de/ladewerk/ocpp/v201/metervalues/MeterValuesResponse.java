package de.ladewerk.ocpp.v201.metervalues;

/** OCPP 2.0.1 MeterValuesResponse (empty but for customData). */
public record MeterValuesResponse() {
}
