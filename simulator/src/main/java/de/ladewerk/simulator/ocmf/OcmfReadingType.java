package de.ladewerk.simulator.ocmf;

/** OCMF reading types (TX) the simulated meter signs. */
public enum OcmfReadingType {
    /** Transaction begin. */
    B,
    /** During charging. */
    C,
    /** Transaction end. */
    E
}
