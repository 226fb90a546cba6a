package de.ladewerk.ocpp.v201.common;

/** OCPP 2.0.1 ChargingRateUnitEnumType. */
public enum ChargingRateUnit {
    W, A
}
