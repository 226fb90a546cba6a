package de.ladewerk.ocpp.v201.reservation;

/** OCPP 2.0.1 ReservationUpdateStatusEnumType. */
public enum ReservationUpdateStatus {
    Expired, Removed
}
