package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.v201.common.ChargingSchedule;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 NotifyChargingLimitRequest: an external charging limit was set or changed. */
public record NotifyChargingLimitRequest(
        @Size(min = 1) List<ChargingSchedule> chargingSchedule,
        Integer evseId,
        @Required ChargingLimit chargingLimit) {
}
