package de.ladewerk.ocpp.v201.transactions;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 GetTransactionStatusResponse: whether the transaction goes on and messages are queued. */
public record GetTransactionStatusResponse(
        Boolean ongoingIndicator,
        @Required Boolean messagesInQueue) {
}
