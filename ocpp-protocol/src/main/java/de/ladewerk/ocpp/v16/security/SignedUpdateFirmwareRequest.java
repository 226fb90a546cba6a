package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension SignedUpdateFirmware.req: install signed firmware. */
public record SignedUpdateFirmwareRequest(
        Integer retries,
        Integer retryInterval,
        @Required Integer requestId,
        @Required Firmware firmware) {
}
