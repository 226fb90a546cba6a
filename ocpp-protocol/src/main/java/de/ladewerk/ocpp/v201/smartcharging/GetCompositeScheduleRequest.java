package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.v201.common.ChargingRateUnit;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 GetCompositeScheduleRequest: asks for the composite schedule of an EVSE. */
public record GetCompositeScheduleRequest(
        @Required Integer duration,
        ChargingRateUnit chargingRateUnit,
        @Required Integer evseId) {
}
