package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension DeleteCertificateStatusEnumType. */
public enum DeleteCertificateStatus {
    Accepted, Failed, NotFound
}
