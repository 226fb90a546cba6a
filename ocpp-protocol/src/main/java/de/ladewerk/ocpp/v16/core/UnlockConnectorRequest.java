package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Range;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 UnlockConnector.req: unlock a connector's cable. */
public record UnlockConnectorRequest(
        @Required @Range(min = 1) Integer connectorId) {
}
