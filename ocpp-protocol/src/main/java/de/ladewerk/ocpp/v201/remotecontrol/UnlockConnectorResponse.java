package de.ladewerk.ocpp.v201.remotecontrol;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 UnlockConnectorResponse: the outcome of unlocking. */
public record UnlockConnectorResponse(
        @Required UnlockStatus status,
        StatusInfo statusInfo) {
}
