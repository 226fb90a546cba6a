package de.ladewerk.gateway.station;

/** Whether the CSMS lets a station work: the answer its BootNotification gets. */
public enum RegistrationStatus {
    ACCEPTED, PENDING, REJECTED
}
