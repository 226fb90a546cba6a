package de.ladewerk.ocpp.v16.smartcharging;

import de.ladewerk.ocpp.v16.types.ChargingRateUnitType;
import de.ladewerk.ocpp.validation.Range;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 GetCompositeSchedule.req: the schedule a connector will follow for the next {@code duration} seconds. */
public record GetCompositeScheduleRequest(
        @Required @Range(min = 0) Integer connectorId,
        @Required Integer duration,
        ChargingRateUnitType chargingRateUnit) {
}
