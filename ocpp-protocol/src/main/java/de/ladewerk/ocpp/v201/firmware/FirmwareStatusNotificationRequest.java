package de.ladewerk.ocpp.v201.firmware;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 FirmwareStatusNotificationRequest: progress of a firmware update. */
public record FirmwareStatusNotificationRequest(
        @Required FirmwareStatus status,
        Integer requestId) {
}
