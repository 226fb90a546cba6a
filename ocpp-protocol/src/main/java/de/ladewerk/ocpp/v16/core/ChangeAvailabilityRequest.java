package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Range;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 ChangeAvailability.req: make a connector (0 = the whole charge point) operative or inoperative. */
public record ChangeAvailabilityRequest(
        @Required @Range(min = 0) Integer connectorId,
        @Required AvailabilityType type) {
}
