package de.ladewerk.ocpp.v16.localauth;

/** OCPP 1.6 UpdateType of SendLocalList. */
public enum UpdateType {
    Differential, Full
}
