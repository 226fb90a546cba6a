package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.v201.common.GenericStatus;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 NotifyEVChargingScheduleResponse: whether the CSMS accepts the EV's schedule. */
public record NotifyEVChargingScheduleResponse(
        @Required GenericStatus status,
        StatusInfo statusInfo) {
}
