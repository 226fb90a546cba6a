package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.Range;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 SalesTariffEntryType: one interval of a sales tariff. */
public record SalesTariffEntry(
        @Required RelativeTimeInterval relativeTimeInterval,
        @Range(min = 0) Integer ePriceLevel,
        @Size(min = 1, max = 3) List<ConsumptionCost> consumptionCost) {
}
