package de.ladewerk.gateway.station;

/** Whether the CSMS lets a station work: the answer its BootNotification gets. */
public enum RegistrationStatus {
    ACCEPTED("Accepted"), PENDING("Pending"), REJECTED("Rejected");

    private final String wireName;

    RegistrationStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling of 1.6 and 2.0.1 RegistrationStatus on the wire. */
    public String wireName() {
        return wireName;
    }
}
