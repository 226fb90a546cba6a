package de.ladewerk.ocpp.v16.firmware;

import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 1.6 UpdateFirmware.req: download firmware from {@code location} (a URI) after retrieveDate. */
public record UpdateFirmwareRequest(
        @Required String location,
        Integer retries,
        @Required Instant retrieveDate,
        Integer retryInterval) {
}
