package de.ladewerk.ocpp.v16.reservation;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Range;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 1.6 ReserveNow.req: reserve a connector (0 = any) for an idTag until expiryDate. */
public record ReserveNowRequest(
        @Required @Range(min = 0) Integer connectorId,
        @Required Instant expiryDate,
        @Required @MaxLength(20) String idTag,
        @MaxLength(20) String parentIdTag,
        @Required Integer reservationId) {
}
