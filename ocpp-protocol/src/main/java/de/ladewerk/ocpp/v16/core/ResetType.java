package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 ResetType. */
public enum ResetType {
    Hard, Soft
}
