package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 ValueFormat: a plain value or a signed data block. */
public enum ValueFormat {
    Raw, SignedData
}
