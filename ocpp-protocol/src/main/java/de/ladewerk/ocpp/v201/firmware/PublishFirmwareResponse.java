package de.ladewerk.ocpp.v201.firmware;

import de.ladewerk.ocpp.v201.common.GenericStatus;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 PublishFirmwareResponse: whether the request was accepted. */
public record PublishFirmwareResponse(
        @Required GenericStatus status,
        StatusInfo statusInfo) {
}
