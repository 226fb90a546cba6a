package de.ladewerk.ocpp.v201.transactions;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 RequestStopTransactionRequest: stop a transaction remotely. */
public record RequestStopTransactionRequest(@Required @MaxLength(36) String transactionId) {
}
