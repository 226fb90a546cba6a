package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 2.0.1 HeartbeatResponse. */
public record HeartbeatResponse(@Required Instant currentTime) {
}
