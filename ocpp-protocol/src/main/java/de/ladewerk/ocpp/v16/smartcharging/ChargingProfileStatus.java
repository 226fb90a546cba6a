package de.ladewerk.ocpp.v16.smartcharging;

/** OCPP 1.6 ChargingProfileStatus answered to SetChargingProfile. */
public enum ChargingProfileStatus {
    Accepted, Rejected, NotSupported
}
