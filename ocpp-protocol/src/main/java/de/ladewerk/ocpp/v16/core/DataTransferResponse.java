package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 DataTransfer.conf with optional vendor-specific answer text. */
public record DataTransferResponse(
        @Required DataTransferStatus status,
        String data) {
}
