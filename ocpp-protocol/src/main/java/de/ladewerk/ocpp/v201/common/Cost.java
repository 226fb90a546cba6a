package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 CostType: one cost indicator of a consumption cost. */
public record Cost(
        @Required CostKind costKind,
        @Required Integer amount,
        Integer amountMultiplier) {
}
