package de.ladewerk.ocpp.v201.availability;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ChangeAvailabilityResponse: whether and when the change applies. */
public record ChangeAvailabilityResponse(
        @Required ChangeAvailabilityStatus status,
        StatusInfo statusInfo) {
}
