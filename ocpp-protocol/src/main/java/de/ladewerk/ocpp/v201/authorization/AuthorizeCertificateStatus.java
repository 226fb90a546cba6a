package de.ladewerk.ocpp.v201.authorization;

/** OCPP 2.0.1 AuthorizeCertificateStatusEnumType. */
public enum AuthorizeCertificateStatus {
    Accepted,
    SignatureError,
    CertificateExpired,
    CertificateRevoked,
    NoCertificateAvailable,
    CertChainError,
    ContractCancelled
}
