package de.ladewerk.ocpp.v16.smartcharging;

/** OCPP 1.6 ClearChargingProfileStatus. */
public enum ClearChargingProfileStatus {
    Accepted, Unknown
}
