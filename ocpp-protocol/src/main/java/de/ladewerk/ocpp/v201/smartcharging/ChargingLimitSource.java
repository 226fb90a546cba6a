package de.ladewerk.ocpp.v201.smartcharging;

/** OCPP 2.0.1 ChargingLimitSourceEnumType. */
public enum ChargingLimitSource {
    EMS, Other, SO, CSO
}
