package de.ladewerk.ocpp.v16.types;

import de.ladewerk.ocpp.validation.Required;
import java.math.BigDecimal;

/** OCPP 1.6 ChargingSchedulePeriod: a limit from startPeriod seconds after the schedule start. */
public record ChargingSchedulePeriod(
        @Required Integer startPeriod,
        @Required BigDecimal limit,
        Integer numberPhases) {
}
