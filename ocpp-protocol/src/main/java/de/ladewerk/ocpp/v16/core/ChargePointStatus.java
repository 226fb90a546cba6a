package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 ChargePointStatus. */
public enum ChargePointStatus {
    Available, Preparing, Charging, SuspendedEVSE, SuspendedEV, Finishing, Reserved, Unavailable, Faulted
}
