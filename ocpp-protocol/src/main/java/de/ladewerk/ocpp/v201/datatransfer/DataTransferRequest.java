package de.ladewerk.ocpp.v201.datatransfer;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 DataTransferRequest: vendor-specific data, in either direction. */
public record DataTransferRequest(
        @MaxLength(50) String messageId,
        JsonNode data,
        @Required @MaxLength(255) String vendorId) {
}
