package de.ladewerk.simulator.charge;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A charging profile, version-neutral: both OCPP 1.6 and 2.0.1 profiles are read into this.
 *
 * @param evseId        0 for the whole station, else the EVSE (1.6: the connector's EVSE)
 * @param purpose       what it limits
 * @param kind          how its schedule starts
 * @param recurrency    for {@link Kind#RECURRING}: a day or a week; else {@code null}
 * @param transactionId a TxProfile's transaction (1.6 numeric id as text, 2.0.1 id); {@code null} for any
 * @param startSchedule for absolute and recurring profiles; {@code null} starts at {@code validFrom}, else when set
 * @param duration      length of the schedule; {@code null} runs until the profile ends
 * @param inAmps        limits are A per phase (else W)
 * @param periods       from the schedule's start, in order
 */
public record LimitProfile(int id, int stackLevel, Purpose purpose, int evseId, Kind kind, Recurrency recurrency,
                           Instant validFrom, Instant validTo, String transactionId, Instant startSchedule,
                           Duration duration, boolean inAmps, List<Period> periods) {

    public enum Purpose { STATION_MAX, TX_DEFAULT, TX }

    public enum Kind { ABSOLUTE, RECURRING, RELATIVE }

    public enum Recurrency { DAILY, WEEKLY }

    /** From {@code startSeconds} after the schedule's start, at most {@code limit} on {@code phases} (null: the EVSE's). */
    public record Period(int startSeconds, double limit, Integer phases) {
    }

    public LimitProfile {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(kind, "kind");
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a schedule has at least one period");
        }
    }

    /**
     * The limit in W this profile sets at {@code now}, or {@code null} when it sets none then (not
     * valid, not started, ended).
     *
     * @param txStart when the transaction started (relative profiles count from there), or {@code null}
     * @param phases  the phases in use, to turn amps into watts
     */
    public Double limitW(Instant now, Instant txStart, int phases) {
        if ((validFrom != null && now.isBefore(validFrom)) || (validTo != null && !now.isBefore(validTo))) {
            return null;
        }
        Instant start = scheduleStart(now, txStart);
        if (start == null || now.isBefore(start)) {
            return null;
        }
        long elapsed = Duration.between(start, now).getSeconds();
        if (duration != null && elapsed >= duration.getSeconds()) {
            return null;
        }
        Period active = null;
        for (Period p : periods) {
            if (p.startSeconds() <= elapsed) {
                active = p;
            }
        }
        if (active == null) {
            return null;
        }
        int usedPhases = active.phases() != null ? Math.min(active.phases(), phases) : phases;
        return inAmps ? active.limit() * PowerCurve.PHASE_VOLTS * usedPhases : active.limit();
    }

    private Instant scheduleStart(Instant now, Instant txStart) {
        switch (kind) {
            case RELATIVE:
                return txStart != null ? txStart : now;
            case RECURRING:
                Instant anchor = startSchedule != null ? startSchedule : validFrom;
                if (anchor == null) {
                    return null;
                }
                long cycle = (recurrency == Recurrency.WEEKLY ? Duration.ofDays(7) : Duration.ofDays(1)).getSeconds();
                long since = Duration.between(anchor, now).getSeconds();
                return anchor.plusSeconds(Math.floorDiv(since, cycle) * cycle);
            default:
                return startSchedule != null ? startSchedule : validFrom != null ? validFrom : Instant.MIN;
        }
    }
}
