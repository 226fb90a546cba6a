package de.ladewerk.ocpp.v201.common;

/** OCPP 2.0.1 ChargingProfileKindEnumType. */
public enum ChargingProfileKind {
    Absolute, Recurring, Relative
}
