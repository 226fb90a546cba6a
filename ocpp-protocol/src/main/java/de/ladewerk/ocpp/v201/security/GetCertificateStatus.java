package de.ladewerk.ocpp.v201.security;

/** OCPP 2.0.1 GetCertificateStatusEnumType: whether an OCSP result could be obtained. */
public enum GetCertificateStatus {
    Accepted, Failed
}
