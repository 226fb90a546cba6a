package de.ladewerk.ocpp.v201.smartcharging;

/** OCPP 2.0.1 NotifyChargingLimitResponse (empty but for customData). */
public record NotifyChargingLimitResponse() {
}
