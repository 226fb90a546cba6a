package de.ladewerk.ocpp.v201.datatransfer;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 DataTransferResponse: the vendor's answer. */
public record DataTransferResponse(
        @Required DataTransferStatus status,
        StatusInfo statusInfo,
        JsonNode data) {
}
