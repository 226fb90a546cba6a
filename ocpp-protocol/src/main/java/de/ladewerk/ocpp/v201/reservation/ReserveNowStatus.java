package de.ladewerk.ocpp.v201.reservation;

/** OCPP 2.0.1 ReserveNowStatusEnumType. */
public enum ReserveNowStatus {
    Accepted, Faulted, Occupied, Rejected, Unavailable
}
