package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 Reset.req: reboot the charge point, soft or hard. */
public record ResetRequest(
        @Required ResetType type) {
}
