package de.ladewerk.ocpp.v16.types;

/** OCPP 1.6 AuthorizationStatus: whether an idTag may charge. */
public enum AuthorizationStatus {
    Accepted, Blocked, Expired, Invalid, ConcurrentTx
}
