package de.ladewerk.ocpp.v201.transactions;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 TransactionType: the state of a transaction. */
public record Transaction(
        @Required @MaxLength(36) String transactionId,
        ChargingState chargingState,
        Integer timeSpentCharging,
        Reason stoppedReason,
        Integer remoteStartId) {
}
