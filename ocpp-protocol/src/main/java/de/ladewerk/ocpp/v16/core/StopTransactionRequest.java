package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;
import java.util.List;

/** OCPP 1.6 StopTransaction.req: a transaction ended; meterStop in Wh, optional transaction meter data. */
public record StopTransactionRequest(
        @MaxLength(20) String idTag,
        @Required Integer meterStop,
        @Required Instant timestamp,
        @Required Integer transactionId,
        Reason reason,
        List<MeterValue> transactionData) {
}
