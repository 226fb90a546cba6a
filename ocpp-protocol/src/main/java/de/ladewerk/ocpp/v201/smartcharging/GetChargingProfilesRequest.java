package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 GetChargingProfilesRequest: asks for a report of installed charging profiles. */
public record GetChargingProfilesRequest(
        @Required Integer requestId,
        Integer evseId,
        @Required ChargingProfileCriterion chargingProfile) {
}
