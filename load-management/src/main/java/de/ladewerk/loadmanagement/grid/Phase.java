package de.ladewerk.loadmanagement.grid;

/** A phase of the three-phase low-voltage grid at a grid connection point. */
public enum Phase {
    L1, L2, L3;

    /** Nominal volts between a phase and neutral in the European low-voltage grid. */
    public static final double NOMINAL_VOLTS = 230;
}
