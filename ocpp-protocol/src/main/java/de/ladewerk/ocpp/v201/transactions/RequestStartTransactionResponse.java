package de.ladewerk.ocpp.v201.transactions;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 RequestStartTransactionResponse: whether the start is accepted, and a running transaction's id. */
public record RequestStartTransactionResponse(
        @Required RequestStartStopStatus status,
        StatusInfo statusInfo,
        @MaxLength(36) String transactionId) {
}
