package de.ladewerk.ocpp.v201.reservation;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ReserveNowResponse: whether the reservation was made. */
public record ReserveNowResponse(
        @Required ReserveNowStatus status,
        StatusInfo statusInfo) {
}
