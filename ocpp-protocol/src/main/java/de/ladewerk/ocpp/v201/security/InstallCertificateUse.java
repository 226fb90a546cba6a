package de.ladewerk.ocpp.v201.security;

/** OCPP 2.0.1 InstallCertificateUseEnumType. */
public enum InstallCertificateUse {
    V2GRootCertificate, MORootCertificate, CSMSRootCertificate, ManufacturerRootCertificate
}
