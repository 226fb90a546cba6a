package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 DataTransferStatus. */
public enum DataTransferStatus {
    Accepted, Rejected, UnknownMessageId, UnknownVendorId
}
