package de.ladewerk.billing.session;

import java.time.Instant;
import java.util.Objects;

/**
 * One meter reading during a session.
 *
 * @param energyWh       cumulative import energy register (Wh)
 * @param powerW         active power at that moment, {@code null} if not reported
 * @param currentA       current at that moment, {@code null} if not reported
 */
public record MeterSample(Instant time, long energyWh, Double powerW, Double currentA) {
    public MeterSample {
        Objects.requireNonNull(time, "time");
    }

    public static MeterSample of(Instant time, long energyWh, double powerW) {
        return new MeterSample(time, energyWh, powerW, null);
    }
}
