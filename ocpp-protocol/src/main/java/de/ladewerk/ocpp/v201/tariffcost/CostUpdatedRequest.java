package de.ladewerk.ocpp.v201.tariffcost;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import java.math.BigDecimal;

/** OCPP 2.0.1 CostUpdatedRequest: the running cost of a transaction. */
public record CostUpdatedRequest(
        @Required BigDecimal totalCost,
        @Required @MaxLength(36) String transactionId) {
}
