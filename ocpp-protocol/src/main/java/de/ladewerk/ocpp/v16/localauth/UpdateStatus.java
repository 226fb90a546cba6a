package de.ladewerk.ocpp.v16.localauth;

/** OCPP 1.6 UpdateStatus answered to SendLocalList. */
public enum UpdateStatus {
    Accepted, Failed, NotSupported, VersionMismatch
}
