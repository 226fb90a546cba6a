package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 NotifyEVChargingNeedsResponse: whether the CSMS will provide a schedule. */
public record NotifyEVChargingNeedsResponse(
        @Required NotifyEVChargingNeedsStatus status,
        StatusInfo statusInfo) {
}
