package de.ladewerk.simulator.behaviour;

import java.time.Duration;

/**
 * The station's clock settings. OCPP intervals are in seconds; {@code speedFactor} shrinks them,
 * so tests and demos can run a station faster than real time (2 = twice as fast).
 *
 * @param defaultHeartbeat the heartbeat interval when the CSMS grants 0
 * @param minRetry         the first back-off delay after a failed or unanswered boot without a CSMS-given interval
 * @param maxRetry         the largest back-off delay; each failure doubles it up to this
 */
public record StationTiming(double speedFactor, Duration defaultHeartbeat, Duration minRetry, Duration maxRetry) {

    public StationTiming {
        if (!(speedFactor > 0)) {
            throw new IllegalArgumentException("speedFactor must be positive");
        }
    }

    /** Real time; 5 min heartbeat when the CSMS grants none; back-off 10 s doubling up to 5 min. */
    public static StationTiming realTime() {
        return new StationTiming(1.0, Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofMinutes(5));
    }

    public StationTiming withSpeedFactor(double value) {
        return new StationTiming(value, defaultHeartbeat, minRetry, maxRetry);
    }

    /** Wall-clock milliseconds of a duration in station time (at least 1). */
    public long millis(Duration stationTime) {
        return Math.max(1, Math.round(stationTime.toMillis() / speedFactor));
    }

    /** Wall-clock milliseconds of an OCPP interval in seconds. */
    public long millisOfSeconds(int seconds) {
        return millis(Duration.ofSeconds(seconds));
    }

    /** The back-off before attempt {@code failures + 1}: minRetry doubled per failure, capped at maxRetry. */
    public Duration backOff(int failures) {
        Duration delay = minRetry;
        for (int i = 1; i < failures && delay.compareTo(maxRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
