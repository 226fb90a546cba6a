package de.ladewerk.ocpp.v201.transactions;

import de.ladewerk.ocpp.validation.MaxLength;

/** OCPP 2.0.1 GetTransactionStatusRequest: asks about a transaction or the message queue. */
public record GetTransactionStatusRequest(@MaxLength(36) String transactionId) {
}
