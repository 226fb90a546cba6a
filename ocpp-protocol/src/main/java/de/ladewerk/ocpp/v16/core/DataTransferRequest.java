package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 DataTransfer.req: vendor-specific data, sent by either side; {@code data} is free text. */
public record DataTransferRequest(
        @Required @MaxLength(255) String vendorId,
        @MaxLength(50) String messageId,
        String data) {
}
