package de.ladewerk.ocpp.v16.reservation;

/** OCPP 1.6 ReservationStatus answered to ReserveNow. */
public enum ReservationStatus {
    Accepted, Faulted, Occupied, Rejected, Unavailable
}
