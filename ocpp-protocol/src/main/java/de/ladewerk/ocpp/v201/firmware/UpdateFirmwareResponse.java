package de.ladewerk.ocpp.v201.firmware;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 UpdateFirmwareResponse: whether the update was accepted. */
public record UpdateFirmwareResponse(
        @Required UpdateFirmwareStatus status,
        StatusInfo statusInfo) {
}
