package de.ladewerk.ocpp.v201.availability;

import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 2.0.1 StatusNotificationRequest: the status of one connector of one EVSE. */
public record StatusNotificationRequest(
        @Required Instant timestamp,
        @Required ConnectorStatus connectorStatus,
        @Required Integer evseId,
        @Required Integer connectorId) {
}
