package de.ladewerk.gateway.session;

import de.ladewerk.gateway.dataquality.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether a time a station sent can be true: not further ahead of the CSMS clock than a tolerance
 * (station clocks drift, and a station may run a little ahead), and not before {@link #EARLIEST}
 * (a station without a set clock sends 1970 or year 0000). Everything Ladewerk stores with a
 * station's time goes through here first, so a time of 9999-12-31 can never outrank real events.
 */
public final class TimePlausibility {

    /** Before OCPP 1.6 (2015) there were no stations to report anything; earlier times are clock faults. */
    public static final Instant EARLIEST = Instant.parse("2015-01-01T00:00:00Z");
    /** How far ahead of the CSMS clock a station clock may run by default. */
    public static final Duration DEFAULT_FUTURE_TOLERANCE = Duration.ofMinutes(10);

    private final Duration futureTolerance;

    /** @param futureTolerance how far ahead of the CSMS clock a station clock may run (not negative) */
    public TimePlausibility(Duration futureTolerance) {
        if (Objects.requireNonNull(futureTolerance, "futureTolerance").isNegative()) {
            throw new IllegalArgumentException("station clock tolerance must not be negative, is " + futureTolerance);
        }
        this.futureTolerance = futureTolerance;
    }

    public Duration futureTolerance() {
        return futureTolerance;
    }

    /** What is wrong with {@code t} compared with the CSMS clock's {@code now}; {@code null} when nothing. */
    public Problem check(Instant t, Instant now) {
        if (t.isAfter(now.plus(futureTolerance))) {
            return new Problem(Rejection.Kind.FUTURE_TIMESTAMP,
                    "time is more than " + futureTolerance.toSeconds() + " s after the CSMS clock (" + now + ")");
        }
        if (t.isBefore(EARLIEST)) {
            return new Problem(Rejection.Kind.PAST_TIMESTAMP, "time is before " + EARLIEST + "; the station clock is not set");
        }
        return null;
    }

    /** A broken rule: the rejection kind and a readable reason. */
    public record Problem(Rejection.Kind kind, String reason) {
    }
}
