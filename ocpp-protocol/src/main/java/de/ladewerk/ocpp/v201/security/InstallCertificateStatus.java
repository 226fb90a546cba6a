package de.ladewerk.ocpp.v201.security;

/** OCPP 2.0.1 InstallCertificateStatusEnumType. */
public enum InstallCertificateStatus {
    Accepted, Rejected, Failed
}
