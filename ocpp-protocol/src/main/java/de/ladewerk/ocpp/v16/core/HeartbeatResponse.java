package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 1.6 Heartbeat.conf with the central system's time. */
public record HeartbeatResponse(@Required Instant currentTime) {
}
