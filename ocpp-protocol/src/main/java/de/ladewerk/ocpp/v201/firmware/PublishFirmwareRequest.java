package de.ladewerk.ocpp.v201.firmware;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 PublishFirmwareRequest: a local controller should download and publish a firmware image. */
public record PublishFirmwareRequest(
        @Required @MaxLength(512) String location,
        Integer retries,
        @Required @MaxLength(32) String checksum,
        @Required Integer requestId,
        Integer retryInterval) {
}
