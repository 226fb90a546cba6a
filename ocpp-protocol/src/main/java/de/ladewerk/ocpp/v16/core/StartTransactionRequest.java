package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Range;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 1.6 StartTransaction.req: a transaction started on a connector; meterStart in Wh. */
public record StartTransactionRequest(
        @Required @Range(min = 1) Integer connectorId,
        @Required @MaxLength(20) String idTag,
        @Required Integer meterStart,
        Integer reservationId,
        @Required Instant timestamp) {
}
