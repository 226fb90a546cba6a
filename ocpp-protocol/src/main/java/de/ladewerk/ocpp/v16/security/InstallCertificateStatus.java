package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension InstallCertificateStatusEnumType. */
public enum InstallCertificateStatus {
    Accepted, Failed, Rejected
}
