package de.ladewerk.simulator.behaviour;

import java.time.Duration;
import java.time.Instant;

/**
 * Simulated time: starts at {@code origin} and runs {@code speed} times as fast as the wall clock,
 * so an hour of charging can pass in a minute. Thread-safe.
 */
public final class SimClock {

    private final Instant origin;
    private final long originNanos;
    private final double speed;

    private SimClock(Instant origin, double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive");
        }
        this.origin = origin;
        this.originNanos = System.nanoTime();
        this.speed = speed;
    }

    /** The wall clock. */
    public static SimClock realTime() {
        return new SimClock(Instant.now(), 1);
    }

    /** Time starting now at {@code origin}, {@code speed} times as fast as the wall clock. */
    public static SimClock startingAt(Instant origin, double speed) {
        return new SimClock(origin, speed);
    }

    public Instant now() {
        long wallNanos = System.nanoTime() - originNanos;
        return origin.plusNanos(Math.round(wallNanos * speed));
    }

    public double speed() {
        return speed;
    }

    /** Wall-clock milliseconds that a simulated duration lasts (at least 1). */
    public long wallMillis(Duration simulated) {
        return Math.max(1, Math.round(simulated.toMillis() / speed));
    }

    /** The station timing (heartbeats, back-off) at this clock's speed. */
    public StationTiming timing() {
        return StationTiming.realTime().withSpeedFactor(speed);
    }
}
