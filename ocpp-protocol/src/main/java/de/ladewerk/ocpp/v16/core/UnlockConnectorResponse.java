package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 UnlockConnector.conf. */
public record UnlockConnectorResponse(
        @Required UnlockStatus status) {
}
