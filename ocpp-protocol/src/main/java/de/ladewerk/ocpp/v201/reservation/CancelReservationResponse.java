package de.ladewerk.ocpp.v201.reservation;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 CancelReservationResponse: whether the reservation was cancelled. */
public record CancelReservationResponse(
        @Required CancelReservationStatus status,
        StatusInfo statusInfo) {
}
