package de.ladewerk.ocpp.v201.security;

/** OCPP 2.0.1 CertificateSignedStatusEnumType. */
public enum CertificateSignedStatus {
    Accepted, Rejected
}
