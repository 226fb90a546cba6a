package de.ladewerk.ocpp.v16.smartcharging;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 ClearChargingProfile.conf. */
public record ClearChargingProfileResponse(
        @Required ClearChargingProfileStatus status) {
}
