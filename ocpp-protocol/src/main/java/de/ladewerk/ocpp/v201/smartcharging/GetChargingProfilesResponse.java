package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 GetChargingProfilesResponse: whether profiles will be reported. */
public record GetChargingProfilesResponse(
        @Required GetChargingProfileStatus status,
        StatusInfo statusInfo) {
}
