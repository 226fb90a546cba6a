package de.ladewerk.ocpp.v201.firmware;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 PublishFirmwareStatusNotificationRequest: progress of publishing a firmware image, with its URIs. */
public record PublishFirmwareStatusNotificationRequest(
        @Required PublishFirmwareStatus status,
        @MaxLength(512) @Size(min = 1) List<String> location,
        Integer requestId) {
}
