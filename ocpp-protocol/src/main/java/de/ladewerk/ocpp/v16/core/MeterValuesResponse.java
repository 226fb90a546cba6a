package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 MeterValues.conf (empty). */
public record MeterValuesResponse() {
}
