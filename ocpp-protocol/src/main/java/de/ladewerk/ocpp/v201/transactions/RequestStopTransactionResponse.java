package de.ladewerk.ocpp.v201.transactions;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 RequestStopTransactionResponse: whether the stop is accepted. */
public record RequestStopTransactionResponse(
        @Required RequestStartStopStatus status,
        StatusInfo statusInfo) {
}
