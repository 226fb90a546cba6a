package de.ladewerk.ocpp.v16.types;

/** OCPP 1.6 ChargingRateUnitType: limits in amperes (A) or watts (W). */
public enum ChargingRateUnitType {
    A, W
}
