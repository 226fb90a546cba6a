package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 ChangeAvailability.conf. */
public record ChangeAvailabilityResponse(
        @Required AvailabilityStatus status) {
}
