package de.ladewerk.simulator.behaviour;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Simulated time: starts at {@code origin} and runs {@code speed} times as fast as the wall clock,
 * so an hour of charging can pass in a minute. A {@linkplain #catchingUp catching-up} clock starts in
 * the past, runs fast until it has reached the wall clock and then keeps pace with it, so a long demo
 * never reports timestamps ahead of the CSMS's clock. Thread-safe.
 */
public final class SimClock {

    private final Instant origin;
    private final LongSupplier nanoTime;
    private final long originNanos;
    private final double speed;
    /** Wall nanoseconds after the start when the clock slows down to the wall clock's pace; MAX_VALUE: never. */
    private final long catchUpNanos;

    private SimClock(Instant origin, double speed, long catchUpNanos, LongSupplier nanoTime) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive");
        }
        this.origin = origin;
        this.nanoTime = nanoTime;
        this.originNanos = nanoTime.getAsLong();
        this.speed = speed;
        this.catchUpNanos = catchUpNanos;
    }

    /** The wall clock. */
    public static SimClock realTime() {
        return new SimClock(Instant.now(), 1, Long.MAX_VALUE, System::nanoTime);
    }

    /** Time starting now at {@code origin}, {@code speed} times as fast as the wall clock. */
    public static SimClock startingAt(Instant origin, double speed) {
        return new SimClock(origin, speed, Long.MAX_VALUE, System::nanoTime);
    }

    /**
     * Time starting now at {@code origin} (in the past), {@code speed} times as fast as the wall clock
     * until it reaches the wall clock, then at the wall clock's pace. An origin in the future, or a
     * speed of at most 1, never catches up: such a clock keeps its offset and runs at the wall's pace.
     */
    public static SimClock catchingUp(Instant origin, double speed) {
        return catchingUp(origin, speed, Instant.now(), System::nanoTime);
    }

    static SimClock catchingUp(Instant origin, double speed, Instant wallNow, LongSupplier nanoTime) {
        Duration behind = Duration.between(origin, wallNow);
        long catchUp = speed > 1 && !behind.isNegative() ? Math.round(behind.toNanos() / (speed - 1)) : 0;
        return new SimClock(origin, speed, catchUp, nanoTime);
    }

    private long elapsed() {
        return nanoTime.getAsLong() - originNanos;
    }

    public Instant now() {
        long e = elapsed();
        if (e <= catchUpNanos) {
            return origin.plusNanos(Math.round(e * speed));
        }
        return origin.plusNanos(Math.round(catchUpNanos * speed) + (e - catchUpNanos));
    }

    /** Simulated seconds per wall second now (a catching-up clock: its speed, then 1). */
    public double speed() {
        return elapsed() < catchUpNanos ? speed : 1;
    }

    /** Wall-clock milliseconds that a simulated duration starting now lasts (at least 1). */
    public long wallMillis(Duration simulated) {
        long e = elapsed();
        if (e >= catchUpNanos) {
            return Math.max(1, simulated.toMillis());
        }
        double fastWallNanos = (double) catchUpNanos - e;
        double simulatedNanos = simulated.toMillis() * 1e6;
        double wallNanos = simulatedNanos <= fastWallNanos * speed ? simulatedNanos / speed
                : fastWallNanos + (simulatedNanos - fastWallNanos * speed);
        return Math.max(1, Math.round(wallNanos / 1e6));
    }

    /** The station timing (heartbeats, back-off) at this clock's speed now. */
    public StationTiming timing() {
        return StationTiming.realTime().withSpeedFactor(speed());
    }
}
