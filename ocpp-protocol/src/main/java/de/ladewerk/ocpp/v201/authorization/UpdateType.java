package de.ladewerk.ocpp.v201.authorization;

/** OCPP 2.0.1 UpdateEnumType. */
public enum UpdateType {
    Differential, Full
}
