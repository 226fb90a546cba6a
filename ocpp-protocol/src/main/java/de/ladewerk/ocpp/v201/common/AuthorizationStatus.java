package de.ladewerk.ocpp.v201.common;

/** OCPP 2.0.1 AuthorizationStatusEnumType. */
public enum AuthorizationStatus {
    Accepted,
    Blocked,
    ConcurrentTx,
    Expired,
    Invalid,
    NoCredit,
    NotAllowedTypeEVSE,
    NotAtThisLocation,
    NotAtThisTime,
    Unknown
}
