package de.ladewerk.loadmanagement.demand;

import java.time.Duration;
import java.time.Instant;

/**
 * A car plugged in at an EVSE and what is known of it.
 *
 * @param phasesUsed    phases the car draws on (1–3; a 1-phase car on a 3-phase EVSE draws on the EVSE's
 *                      first phase), 0 when unknown (then the EVSE's phases are assumed: the worst case)
 * @param evMinAmps     the car's minimum current per phase (0 if unknown: IEC 61851's 6 A then applies)
 * @param evMaxAmps     the car's maximum current per phase ({@code Double.POSITIVE_INFINITY} if unknown)
 * @param priority      higher groups are served first (e.g. a taxi or fleet group); 0 is the default
 * @param pluggedInAt   when the car arrived: ties go to whoever waits longest
 * @param energyWh      ISO 15118 energy still wanted, or null
 * @param departure     ISO 15118 departure time, or null
 * @param drawCapAmps   what the car has been seen to draw at most lately (it takes less than offered),
 *                      or null: the allocator offers it no more than that, so others get the rest
 */
public record SessionDemand(String sessionId, String evseId, int phasesUsed, double evMinAmps, double evMaxAmps,
                            int priority, Instant pluggedInAt, Double energyWh, Instant departure, Double drawCapAmps) {

    /** IEC 61851-1: below 6 A an AC car does not charge. */
    public static final double IEC_MIN_AMPS = 6;

    public SessionDemand {
        if (sessionId == null || sessionId.isBlank() || evseId == null || evseId.isBlank()) {
            throw new IllegalArgumentException("a session needs an id and an EVSE");
        }
        if (phasesUsed < 0 || phasesUsed > 3) {
            throw new IllegalArgumentException("session " + sessionId + " draws on 0 (unknown) to 3 phases, not " + phasesUsed);
        }
        if (!(evMinAmps >= 0) || !(evMaxAmps > 0) || evMinAmps > evMaxAmps) {
            throw new IllegalArgumentException("session " + sessionId + ": need 0 <= minimum <= maximum, maximum > 0 (got "
                    + evMinAmps + " A, " + evMaxAmps + " A)");
        }
        if (energyWh != null && !(energyWh >= 0)) {
            throw new IllegalArgumentException("session " + sessionId + ": energy wanted must be >= 0 Wh");
        }
        if (drawCapAmps != null && !(drawCapAmps >= 0)) {
            throw new IllegalArgumentException("session " + sessionId + ": drawn current must be >= 0 A");
        }
        pluggedInAt = pluggedInAt == null ? Instant.EPOCH : pluggedInAt;
    }

    /** A car of which nothing is known but where it is plugged in. */
    public static SessionDemand plain(String sessionId, String evseId, Instant pluggedInAt) {
        return new SessionDemand(sessionId, evseId, 0, 0, Double.POSITIVE_INFINITY, 0, pluggedInAt, null, null, null);
    }

    public SessionDemand withPhases(int phases) {
        return new SessionDemand(sessionId, evseId, phases, evMinAmps, evMaxAmps, priority, pluggedInAt, energyWh, departure, drawCapAmps);
    }

    public SessionDemand withPriority(int p) {
        return new SessionDemand(sessionId, evseId, phasesUsed, evMinAmps, evMaxAmps, p, pluggedInAt, energyWh, departure, drawCapAmps);
    }

    public SessionDemand withCurrents(double min, double max) {
        return new SessionDemand(sessionId, evseId, phasesUsed, min, max, priority, pluggedInAt, energyWh, departure, drawCapAmps);
    }

    public SessionDemand withNeeds(Double wh, Instant by) {
        return new SessionDemand(sessionId, evseId, phasesUsed, evMinAmps, evMaxAmps, priority, pluggedInAt, wh, by, drawCapAmps);
    }

    public SessionDemand withDrawCap(Double amps) {
        return new SessionDemand(sessionId, evseId, phasesUsed, evMinAmps, evMaxAmps, priority, pluggedInAt, energyWh, departure, amps);
    }

    /**
     * The constant current per phase that delivers the energy wanted by the departure on {@code phases}
     * phases, or null when the car has not said both (or the departure has passed).
     */
    public Double neededAmps(int phases, Instant now) {
        if (energyWh == null || departure == null) {
            return null;
        }
        long seconds = Duration.between(now, departure).getSeconds();
        if (seconds <= 0) {
            return null;
        }
        return energyWh * 3600 / (seconds * phases * de.ladewerk.loadmanagement.grid.Phase.NOMINAL_VOLTS);
    }
}
