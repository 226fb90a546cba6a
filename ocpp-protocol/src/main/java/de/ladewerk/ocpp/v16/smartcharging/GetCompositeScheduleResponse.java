package de.ladewerk.ocpp.v16.smartcharging;

import de.ladewerk.ocpp.v16.types.ChargingSchedule;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 1.6 GetCompositeSchedule.conf with the composite schedule when Accepted. */
public record GetCompositeScheduleResponse(
        @Required GetCompositeScheduleStatus status,
        Integer connectorId,
        Instant scheduleStart,
        ChargingSchedule chargingSchedule) {
}
