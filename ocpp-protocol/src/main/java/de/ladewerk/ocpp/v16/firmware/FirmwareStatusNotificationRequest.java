package de.ladewerk.ocpp.v16.firmware;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 FirmwareStatusNotification.req: progress of a firmware update. */
public record FirmwareStatusNotificationRequest(
        @Required FirmwareStatus status) {
}
