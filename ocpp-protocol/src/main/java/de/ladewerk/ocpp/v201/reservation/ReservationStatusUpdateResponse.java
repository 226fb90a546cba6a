package de.ladewerk.ocpp.v201.reservation;

/** OCPP 2.0.1 ReservationStatusUpdateResponse (empty but for customData). */
public record ReservationStatusUpdateResponse() {
}
