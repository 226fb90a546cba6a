package de.ladewerk.ocpp.v201.smartcharging;

/** OCPP 2.0.1 NotifyEVChargingNeedsStatusEnumType. */
public enum NotifyEVChargingNeedsStatus {
    Accepted, Rejected, Processing
}
