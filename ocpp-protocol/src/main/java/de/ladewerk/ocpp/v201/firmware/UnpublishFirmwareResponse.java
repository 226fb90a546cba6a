package de.ladewerk.ocpp.v201.firmware;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 UnpublishFirmwareResponse: the outcome of unpublishing. */
public record UnpublishFirmwareResponse(@Required UnpublishFirmwareStatus status) {
}
