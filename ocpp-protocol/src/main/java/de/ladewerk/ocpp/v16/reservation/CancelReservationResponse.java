package de.ladewerk.ocpp.v16.reservation;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 CancelReservation.conf. */
public record CancelReservationResponse(
        @Required CancelReservationStatus status) {
}
