package de.ladewerk.ocpp.v201.security;

/** OCPP 2.0.1 CertificateActionEnumType. */
public enum CertificateAction {
    Install, Update
}
