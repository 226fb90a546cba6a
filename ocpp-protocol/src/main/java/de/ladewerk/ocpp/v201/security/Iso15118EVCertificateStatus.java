package de.ladewerk.ocpp.v201.security;

/** OCPP 2.0.1 Iso15118EVCertificateStatusEnumType. */
public enum Iso15118EVCertificateStatus {
    Accepted, Failed
}
