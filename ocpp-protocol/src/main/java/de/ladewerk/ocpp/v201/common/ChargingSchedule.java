package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** OCPP 2.0.1 ChargingScheduleType: a list of limit periods in one rate unit. */
public record ChargingSchedule(
        @Required Integer id,
        Instant startSchedule,
        Integer duration,
        @Required ChargingRateUnit chargingRateUnit,
        @Required @Size(min = 1, max = 1024) List<ChargingSchedulePeriod> chargingSchedulePeriod,
        BigDecimal minChargingRate,
        SalesTariff salesTariff) {
}
