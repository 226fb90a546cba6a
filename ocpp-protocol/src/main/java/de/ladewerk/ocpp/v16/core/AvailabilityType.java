package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 AvailabilityType requested by ChangeAvailability. */
public enum AvailabilityType {
    Inoperative, Operative
}
