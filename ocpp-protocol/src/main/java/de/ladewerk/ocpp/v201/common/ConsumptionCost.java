package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.math.BigDecimal;
import java.util.List;

/** OCPP 2.0.1 ConsumptionCostType: costs from a consumption threshold on. */
public record ConsumptionCost(
        @Required BigDecimal startValue,
        @Required @Size(min = 1, max = 3) List<Cost> cost) {
}
