package de.ladewerk.gateway.reservation;

/** Where a reservation stands. An ACTIVE one past its expiry reads as EXPIRED. */
public enum ReservationStatus {
    /** Accepted by the station and not yet ended. */
    ACTIVE,
    /** Cancelled by CancelReservation, which the station accepted. */
    CANCELLED,
    /** Expired (past its expiry, or reported so by a 2.0.1 station). */
    EXPIRED,
    /** Removed by the station (2.0.1 ReservationStatusUpdate Removed), e.g. after a fault. */
    REMOVED,
    /** A transaction started on it (1.6 StartTransaction / 2.0.1 TransactionEvent with its reservationId). */
    USED
}
