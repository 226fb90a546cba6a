package de.ladewerk.ocpp.v16.reservation;

/** OCPP 1.6 CancelReservationStatus. */
public enum CancelReservationStatus {
    Accepted, Rejected
}
