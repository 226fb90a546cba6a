package de.ladewerk.ocpp.v201.provisioning;

/** OCPP 2.0.1 ResetEnumType. */
public enum ResetType {
    Immediate, OnIdle
}
