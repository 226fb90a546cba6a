package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.Required;
import java.math.BigDecimal;

/** OCPP 2.0.1 ChargingSchedulePeriodType: a limit that holds from startPeriod seconds on. */
public record ChargingSchedulePeriod(
        @Required Integer startPeriod,
        @Required BigDecimal limit,
        Integer numberPhases,
        Integer phaseToUse) {
}
