package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.time.Instant;
import java.util.List;

/** OCPP 2.0.1 ChargingProfileType: a smart charging profile with up to three schedules. */
public record ChargingProfile(
        @Required Integer id,
        @Required Integer stackLevel,
        @Required ChargingProfilePurpose chargingProfilePurpose,
        @Required ChargingProfileKind chargingProfileKind,
        RecurrencyKind recurrencyKind,
        Instant validFrom,
        Instant validTo,
        @MaxLength(36) String transactionId,
        @Required @Size(min = 1, max = 3) List<ChargingSchedule> chargingSchedule) {
}
