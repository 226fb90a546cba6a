package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.v16.types.IdTagInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 StartTransaction.conf with the transaction id the central system assigned. */
public record StartTransactionResponse(
        @Required IdTagInfo idTagInfo,
        @Required Integer transactionId) {
}
