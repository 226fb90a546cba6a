package de.ladewerk.loadmanagement.grid;

import java.util.Locale;

/**
 * How an EVSE's phases L1, L2, L3 are wired to the grid's phases, named as in OCPP's PhaseRotation
 * (R, S, T are the grid's L1, L2, L3; the letters list what the EVSE's L1, L2, L3 are connected to).
 * A 1-phase car on an EVSE wired {@code STR} draws on the grid's L2.
 */
public enum PhaseRotation {
    RST(Phase.L1, Phase.L2, Phase.L3),
    RTS(Phase.L1, Phase.L3, Phase.L2),
    SRT(Phase.L2, Phase.L1, Phase.L3),
    STR(Phase.L2, Phase.L3, Phase.L1),
    TRS(Phase.L3, Phase.L1, Phase.L2),
    TSR(Phase.L3, Phase.L2, Phase.L1);

    private final Phase[] grid;

    PhaseRotation(Phase... grid) {
        this.grid = grid;
    }

    /** The grid phase the EVSE's {@code evsePhase}-th phase (0-based) is connected to. */
    public Phase gridPhase(int evsePhase) {
        return grid[evsePhase];
    }

    /** Parses OCPP's value; {@code NotApplicable}, {@code Unknown} and null mean the standard wiring. */
    public static PhaseRotation parse(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("NotApplicable") || value.equalsIgnoreCase("Unknown")) {
            return RST;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("phase rotation must be one of RST, RTS, SRT, STR, TRS, TSR: " + value);
        }
    }
}
