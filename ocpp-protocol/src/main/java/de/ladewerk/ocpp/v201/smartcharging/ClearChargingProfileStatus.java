package de.ladewerk.ocpp.v201.smartcharging;

/** OCPP 2.0.1 ClearChargingProfileStatusEnumType. */
public enum ClearChargingProfileStatus {
    Accepted, Unknown
}
