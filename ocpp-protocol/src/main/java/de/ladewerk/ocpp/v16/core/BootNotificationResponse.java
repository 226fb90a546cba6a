package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 1.6 BootNotification.conf. {@code interval} is the heartbeat interval (Accepted) or retry delay, in seconds. */
public record BootNotificationResponse(
        @Required RegistrationStatus status,
        @Required Instant currentTime,
        @Required Integer interval) {
}
