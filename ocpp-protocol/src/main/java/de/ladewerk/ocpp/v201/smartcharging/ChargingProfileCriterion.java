package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.v201.common.ChargingProfilePurpose;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 ChargingProfileCriterionType: which charging profiles to report. */
public record ChargingProfileCriterion(
        ChargingProfilePurpose chargingProfilePurpose,
        Integer stackLevel,
        @Size(min = 1) List<Integer> chargingProfileId,
        @Size(min = 1, max = 4) List<ChargingLimitSource> chargingLimitSource) {
}
