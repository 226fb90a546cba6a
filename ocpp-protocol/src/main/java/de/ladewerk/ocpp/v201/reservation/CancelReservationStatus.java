package de.ladewerk.ocpp.v201.reservation;

/** OCPP 2.0.1 CancelReservationStatusEnumType. */
public enum CancelReservationStatus {
    Accepted, Rejected
}
