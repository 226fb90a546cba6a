package de.ladewerk.ocpp.v201.common;

/** OCPP 2.0.1 RecurrencyKindEnumType. */
public enum RecurrencyKind {
    Daily, Weekly
}
