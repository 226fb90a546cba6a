package de.ladewerk.ocpp.v201.firmware;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 UnpublishFirmwareRequest: stop publishing the firmware with this MD5 checksum. */
public record UnpublishFirmwareRequest(@Required @MaxLength(32) String checksum) {
}
