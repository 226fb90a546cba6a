package de.ladewerk.ocpp.v201.smartcharging;

/** OCPP 2.0.1 ClearedChargingLimitResponse (empty but for customData). */
public record ClearedChargingLimitResponse() {
}
