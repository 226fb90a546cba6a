package de.ladewerk.simulator.behaviour;

/** Where a station stands with the CSMS, version-independent. */
public enum Registration {
    /** Not booted yet, or the connection is gone. */
    NONE,
    ACCEPTED,
    PENDING,
    REJECTED
}
