package de.ladewerk.ocpp.v201.authorization;

/** OCPP 2.0.1 ClearCacheStatusEnumType. */
public enum ClearCacheStatus {
    Accepted, Rejected
}
