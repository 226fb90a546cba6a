package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 SalesTariffType: an ISO 15118 sales tariff for the EV. */
public record SalesTariff(
        @Required Integer id,
        @MaxLength(32) String salesTariffDescription,
        Integer numEPriceLevels,
        @Required @Size(min = 1, max = 1024) List<SalesTariffEntry> salesTariffEntry) {
}
