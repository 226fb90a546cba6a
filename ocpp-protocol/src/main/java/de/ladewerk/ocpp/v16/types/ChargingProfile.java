package de.ladewerk.ocpp.v16.types;

import de.ladewerk.ocpp.validation.Range;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 1.6 ChargingProfile (csChargingProfiles): a charging schedule with purpose, kind and stack level. */
public record ChargingProfile(
        @Required Integer chargingProfileId,
        Integer transactionId,
        @Required @Range(min = 0) Integer stackLevel,
        @Required ChargingProfilePurposeType chargingProfilePurpose,
        @Required ChargingProfileKindType chargingProfileKind,
        RecurrencyKindType recurrencyKind,
        Instant validFrom,
        Instant validTo,
        @Required ChargingSchedule chargingSchedule) {
}
