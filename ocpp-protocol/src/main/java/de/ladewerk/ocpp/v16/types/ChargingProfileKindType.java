package de.ladewerk.ocpp.v16.types;

/** OCPP 1.6 ChargingProfileKindType: how a schedule's start is fixed. */
public enum ChargingProfileKindType {
    Absolute, Recurring, Relative
}
