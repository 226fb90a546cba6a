package de.ladewerk.ocpp.v201.datatransfer;

/** OCPP 2.0.1 DataTransferStatusEnumType. */
public enum DataTransferStatus {
    Accepted, Rejected, UnknownMessageId, UnknownVendorId
}
