package de.ladewerk.ocpp.v201.smartcharging;

/** OCPP 2.0.1 ChargingProfileStatusEnumType. */
public enum ChargingProfileStatus {
    Accepted, Rejected
}
