package de.ladewerk.ocpp.v201.security;

/** OCPP 2.0.1 GetCertificateIdUseEnumType. */
public enum GetCertificateIdUse {
    V2GRootCertificate,
    MORootCertificate,
    CSMSRootCertificate,
    V2GCertificateChain,
    ManufacturerRootCertificate
}
