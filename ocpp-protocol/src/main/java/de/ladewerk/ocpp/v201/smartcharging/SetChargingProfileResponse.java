package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SetChargingProfileResponse: whether the profile was accepted. */
public record SetChargingProfileResponse(
        @Required ChargingProfileStatus status,
        StatusInfo statusInfo) {
}
