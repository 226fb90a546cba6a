package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension CertificateUseEnumType: which root certificate store. */
public enum CertificateUse {
    CentralSystemRootCertificate, ManufacturerRootCertificate
}
