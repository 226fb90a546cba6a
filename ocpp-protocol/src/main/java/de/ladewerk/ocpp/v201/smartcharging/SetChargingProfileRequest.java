package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.v201.common.ChargingProfile;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SetChargingProfileRequest: install a charging profile on an EVSE (0: station). */
public record SetChargingProfileRequest(
        @Required Integer evseId,
        @Required ChargingProfile chargingProfile) {
}
