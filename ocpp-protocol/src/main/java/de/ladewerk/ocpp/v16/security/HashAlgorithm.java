package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension HashAlgorithmEnumType. */
public enum HashAlgorithm {
    SHA256, SHA384, SHA512
}
