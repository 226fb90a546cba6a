package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 UnlockStatus. */
public enum UnlockStatus {
    Unlocked, UnlockFailed, NotSupported
}
