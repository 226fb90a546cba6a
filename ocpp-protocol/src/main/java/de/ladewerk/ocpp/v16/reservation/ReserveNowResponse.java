package de.ladewerk.ocpp.v16.reservation;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 ReserveNow.conf. */
public record ReserveNowResponse(
        @Required ReservationStatus status) {
}
