package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 AvailabilityStatus answered to ChangeAvailability. */
public enum AvailabilityStatus {
    Accepted, Rejected, Scheduled
}
