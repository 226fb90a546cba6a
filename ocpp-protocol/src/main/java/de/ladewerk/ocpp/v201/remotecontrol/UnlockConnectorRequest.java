package de.ladewerk.ocpp.v201.remotecontrol;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 UnlockConnectorRequest: unlock a connector of an EVSE. */
public record UnlockConnectorRequest(
        @Required Integer evseId,
        @Required Integer connectorId) {
}
