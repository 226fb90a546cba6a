package de.ladewerk.ocpp.v201.security;

/** OCPP 2.0.1 DeleteCertificateStatusEnumType. */
public enum DeleteCertificateStatus {
    Accepted, Failed, NotFound
}
