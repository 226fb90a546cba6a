package de.ladewerk.ocpp.v201.transactions;

import de.ladewerk.ocpp.v201.common.IdTokenInfo;
import de.ladewerk.ocpp.v201.common.MessageContent;
import java.math.BigDecimal;

/** OCPP 2.0.1 TransactionEventResponse: cost so far, priority and idToken status. */
public record TransactionEventResponse(
        BigDecimal totalCost,
        Integer chargingPriority,
        IdTokenInfo idTokenInfo,
        MessageContent updatedPersonalMessage) {
}
