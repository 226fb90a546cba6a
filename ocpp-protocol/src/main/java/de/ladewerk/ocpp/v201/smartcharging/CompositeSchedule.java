package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.v201.common.ChargingRateUnit;
import de.ladewerk.ocpp.v201.common.ChargingSchedulePeriod;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.time.Instant;
import java.util.List;

/** OCPP 2.0.1 CompositeScheduleType: the schedule that results from all profiles and limits. */
public record CompositeSchedule(
        @Required @Size(min = 1) List<ChargingSchedulePeriod> chargingSchedulePeriod,
        @Required Integer evseId,
        @Required Integer duration,
        @Required Instant scheduleStart,
        @Required ChargingRateUnit chargingRateUnit) {
}
