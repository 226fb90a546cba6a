package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.v201.common.RegistrationStatus;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 2.0.1 BootNotificationResponse. */
public record BootNotificationResponse(
        @Required Instant currentTime,
        @Required Integer interval,
        @Required RegistrationStatus status,
        StatusInfo statusInfo) {
}
