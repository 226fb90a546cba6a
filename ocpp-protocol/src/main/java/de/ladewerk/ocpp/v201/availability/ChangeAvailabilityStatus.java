package de.ladewerk.ocpp.v201.availability;

/** OCPP 2.0.1 ChangeAvailabilityStatusEnumType. */
public enum ChangeAvailabilityStatus {
    Accepted, Rejected, Scheduled
}
