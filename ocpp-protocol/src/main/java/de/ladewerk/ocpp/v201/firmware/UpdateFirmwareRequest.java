package de.ladewerk.ocpp.v201.firmware;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 UpdateFirmwareRequest: download and install a firmware image. */
public record UpdateFirmwareRequest(
        Integer retries,
        Integer retryInterval,
        @Required Integer requestId,
        @Required Firmware firmware) {
}
