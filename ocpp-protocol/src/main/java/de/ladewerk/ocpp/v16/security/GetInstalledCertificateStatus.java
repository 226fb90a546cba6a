package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension GetInstalledCertificateStatusEnumType. */
public enum GetInstalledCertificateStatus {
    Accepted, NotFound
}
