package de.ladewerk.ocpp.v201.availability;

/** OCPP 2.0.1 ConnectorStatusEnumType. */
public enum ConnectorStatus {
    Available, Occupied, Reserved, Unavailable, Faulted
}
