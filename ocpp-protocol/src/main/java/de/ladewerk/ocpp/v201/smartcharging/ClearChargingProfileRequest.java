package de.ladewerk.ocpp.v201.smartcharging;

/** OCPP 2.0.1 ClearChargingProfileRequest: clear charging profiles by id or criteria. */
public record ClearChargingProfileRequest(
        Integer chargingProfileId,
        ClearChargingProfileCriteria chargingProfileCriteria) {
}
