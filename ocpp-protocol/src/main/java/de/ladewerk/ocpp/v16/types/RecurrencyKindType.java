package de.ladewerk.ocpp.v16.types;

/** OCPP 1.6 RecurrencyKindType: the period of a Recurring charging profile. */
public enum RecurrencyKindType {
    Daily, Weekly
}
