package de.ladewerk.ocpp.v201.reservation;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ReservationStatusUpdateRequest: a reservation expired or was removed. */
public record ReservationStatusUpdateRequest(
        @Required Integer reservationId,
        @Required ReservationUpdateStatus reservationUpdateStatus) {
}
