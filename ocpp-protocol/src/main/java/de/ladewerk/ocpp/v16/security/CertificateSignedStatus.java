package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension CertificateSignedStatusEnumType. */
public enum CertificateSignedStatus {
    Accepted, Rejected
}
