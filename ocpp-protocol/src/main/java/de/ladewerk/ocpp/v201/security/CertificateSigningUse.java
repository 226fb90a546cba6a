package de.ladewerk.ocpp.v201.security;

/** OCPP 2.0.1 CertificateSigningUseEnumType. */
public enum CertificateSigningUse {
    ChargingStationCertificate, V2GCertificate
}
