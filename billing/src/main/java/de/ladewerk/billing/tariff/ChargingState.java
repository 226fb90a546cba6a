package de.ladewerk.billing.tariff;

import java.time.LocalDateTime;

/**
 * The state of a session at the start of a stretch of charging or parking, against which restrictions
 * are evaluated.
 *
 * @param localTime      wall-clock time at the station
 * @param energyWh       energy charged since session start
 * @param elapsedMillis  time since session start
 * @param powerKw        average power of the stretch, {@code NaN} if unknown
 * @param currentAmperes current of the stretch, {@code NaN} if unknown
 */
public record ChargingState(LocalDateTime localTime, long energyWh, long elapsedMillis, double powerKw,
                            double currentAmperes) {

    /** State before any energy was charged, e.g. for price display. */
    public static ChargingState atStart(LocalDateTime localTime) {
        return new ChargingState(localTime, 0, 0, Double.NaN, Double.NaN);
    }
}
