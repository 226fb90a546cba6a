package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.v201.common.ChargingSchedule;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 2.0.1 NotifyEVChargingScheduleRequest: the schedule the EV chose. */
public record NotifyEVChargingScheduleRequest(
        @Required Instant timeBase,
        @Required ChargingSchedule chargingSchedule,
        @Required Integer evseId) {
}
