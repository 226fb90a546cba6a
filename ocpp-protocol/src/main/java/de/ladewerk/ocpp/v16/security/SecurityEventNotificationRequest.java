package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 1.6 security extension SecurityEventNotification.req: a security event (type from the whitepaper's list or vendor-defined). */
public record SecurityEventNotificationRequest(
        @Required @MaxLength(50) String type,
        @Required Instant timestamp,
        @MaxLength(255) String techInfo) {
}
