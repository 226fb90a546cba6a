package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 RemoteStartStopStatus answered to RemoteStart/RemoteStopTransaction. */
public enum RemoteStartStopStatus {
    Accepted, Rejected
}
