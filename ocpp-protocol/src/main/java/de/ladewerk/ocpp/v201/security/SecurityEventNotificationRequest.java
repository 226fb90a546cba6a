package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 2.0.1 SecurityEventNotificationRequest: a security event at the station. */
public record SecurityEventNotificationRequest(
        @Required @MaxLength(50) String type,
        @Required Instant timestamp,
        @MaxLength(255) String techInfo) {
}
