package de.ladewerk.ocpp.v201.availability;

/** OCPP 2.0.1 OperationalStatusEnumType. */
public enum OperationalStatus {
    Inoperative, Operative
}
