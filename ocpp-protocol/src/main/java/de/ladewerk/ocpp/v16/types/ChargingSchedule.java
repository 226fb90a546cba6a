package de.ladewerk.ocpp.v16.types;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** OCPP 1.6 ChargingSchedule: a list of limit periods in one rate unit. */
public record ChargingSchedule(
        Integer duration,
        Instant startSchedule,
        @Required ChargingRateUnitType chargingRateUnit,
        @Required @Size(min = 1) List<ChargingSchedulePeriod> chargingSchedulePeriod,
        BigDecimal minChargingRate) {
}
