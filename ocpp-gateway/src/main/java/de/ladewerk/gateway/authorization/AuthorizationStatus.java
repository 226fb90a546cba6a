package de.ladewerk.gateway.authorization;

/** The union of 1.6 AuthorizationStatus and 2.0.1 AuthorizationStatusEnumType; handlers map to their version. */
public enum AuthorizationStatus {
    ACCEPTED, BLOCKED, EXPIRED, INVALID, CONCURRENT_TX, NO_CREDIT, NOT_ALLOWED_TYPE_EVSE, NOT_AT_THIS_LOCATION,
    NOT_AT_THIS_TIME, UNKNOWN
}
