package de.ladewerk.ocpp.v201.reservation;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 CancelReservationRequest: cancel a reservation. */
public record CancelReservationRequest(@Required Integer reservationId) {
}
