package de.ladewerk.ocpp.v16.smartcharging;

import de.ladewerk.ocpp.v16.types.ChargingProfile;
import de.ladewerk.ocpp.validation.Range;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 SetChargingProfile.req: install a charging profile on a connector (0 = the charge point). */
public record SetChargingProfileRequest(
        @Required @Range(min = 0) Integer connectorId,
        @Required ChargingProfile csChargingProfiles) {
}
