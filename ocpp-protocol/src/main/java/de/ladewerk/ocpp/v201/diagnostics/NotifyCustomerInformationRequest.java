package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 2.0.1 NotifyCustomerInformationRequest: one part of the customer information. */
public record NotifyCustomerInformationRequest(
        @Required @MaxLength(512) String data,
        Boolean tbc,
        @Required Integer seqNo,
        @Required Instant generatedAt,
        @Required Integer requestId) {
}
