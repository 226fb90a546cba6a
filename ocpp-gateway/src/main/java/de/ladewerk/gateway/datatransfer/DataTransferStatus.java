package de.ladewerk.gateway.datatransfer;

/** The answer to a DataTransfer; both versions spell the values the same way. */
public enum DataTransferStatus {
    Accepted, Rejected, UnknownMessageId, UnknownVendorId
}
