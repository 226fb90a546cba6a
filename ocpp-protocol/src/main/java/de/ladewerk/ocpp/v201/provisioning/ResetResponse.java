package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ResetResponse: whether and when the reset will happen. */
public record ResetResponse(
        @Required ResetStatus status,
        StatusInfo statusInfo) {
}
