package de.ladewerk.ocpp.v201.tariffcost;

/** OCPP 2.0.1 CostUpdatedResponse (empty but for customData). */
public record CostUpdatedResponse() {
}
