package de.ladewerk.ocpp.v16.smartcharging;

import de.ladewerk.ocpp.v16.types.ChargingProfilePurposeType;
import de.ladewerk.ocpp.validation.Range;

/** OCPP 1.6 ClearChargingProfile.req: clear the profiles matching all given criteria. */
public record ClearChargingProfileRequest(
        Integer id,
        @Range(min = 0) Integer connectorId,
        ChargingProfilePurposeType chargingProfilePurpose,
        @Range(min = 0) Integer stackLevel) {
}
