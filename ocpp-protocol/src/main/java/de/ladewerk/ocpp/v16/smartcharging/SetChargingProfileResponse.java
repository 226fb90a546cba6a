package de.ladewerk.ocpp.v16.smartcharging;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 SetChargingProfile.conf. */
public record SetChargingProfileResponse(
        @Required ChargingProfileStatus status) {
}
