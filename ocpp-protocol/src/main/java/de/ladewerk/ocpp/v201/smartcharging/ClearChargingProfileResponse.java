package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ClearChargingProfileResponse: whether profiles were cleared. */
public record ClearChargingProfileResponse(
        @Required ClearChargingProfileStatus status,
        StatusInfo statusInfo) {
}
