package de.ladewerk.ocpp.v201.common;

/** OCPP 2.0.1 HashAlgorithmEnumType. */
public enum HashAlgorithm {
    SHA256, SHA384, SHA512
}
