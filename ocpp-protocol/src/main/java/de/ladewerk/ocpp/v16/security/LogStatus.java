package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension LogStatusEnumType answered to GetLog. */
public enum LogStatus {
    Accepted, Rejected, AcceptedCanceled
}
