package de.ladewerk.ocpp.v16.firmware;

/** OCPP 1.6 UpdateFirmware.conf (empty). */
public record UpdateFirmwareResponse() {
}
