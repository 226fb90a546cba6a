package de.ladewerk.ocpp.v201.smartcharging;

/** OCPP 2.0.1 GetChargingProfileStatusEnumType. */
public enum GetChargingProfileStatus {
    Accepted, NoProfiles
}
