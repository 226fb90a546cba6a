package de.ladewerk.ocpp.v201.reservation;

import de.ladewerk.ocpp.v201.common.IdToken;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 2.0.1 ReserveNowRequest: reserve an EVSE or connector type for an idToken. */
public record ReserveNowRequest(
        @Required Integer id,
        @Required Instant expiryDateTime,
        ConnectorType connectorType,
        @Required IdToken idToken,
        Integer evseId,
        IdToken groupIdToken) {
}
