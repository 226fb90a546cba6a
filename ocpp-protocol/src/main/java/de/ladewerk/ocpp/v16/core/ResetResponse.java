package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 Reset.conf. */
public record ResetResponse(
        @Required ResetStatus status) {
}
