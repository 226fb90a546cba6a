package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 RemoteStopTransaction.req: stop the given transaction. */
public record RemoteStopTransactionRequest(
        @Required Integer transactionId) {
}
