package de.ladewerk.ocpp.v16.reservation;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 CancelReservation.req: cancel a reservation by id. */
public record CancelReservationRequest(
        @Required Integer reservationId) {
}
