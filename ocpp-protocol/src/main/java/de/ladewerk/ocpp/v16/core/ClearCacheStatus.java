package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 ClearCacheStatus. */
public enum ClearCacheStatus {
    Accepted, Rejected
}
