package de.ladewerk.ocpp.v201.security;

/** OCPP 2.0.1 GetInstalledCertificateStatusEnumType. */
public enum GetInstalledCertificateStatus {
    Accepted, NotFound
}
