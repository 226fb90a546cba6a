package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.v201.common.ChargingProfilePurpose;

/** OCPP 2.0.1 ClearChargingProfileType: which charging profiles to clear. */
public record ClearChargingProfileCriteria(
        Integer evseId,
        ChargingProfilePurpose chargingProfilePurpose,
        Integer stackLevel) {
}
