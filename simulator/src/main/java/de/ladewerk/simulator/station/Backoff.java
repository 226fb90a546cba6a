package de.ladewerk.simulator.station;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Jittered exponential back-off between reconnect attempts: the n-th wait is drawn uniformly from the upper
 * half of {@code min(max, first · 2ⁿ)} ("equal jitter"), so a fleet that lost its server at the same moment
 * spreads its returns instead of arriving in synchronised waves, and never waits less than half the step.
 */
public final class Backoff {

    private final long firstMillis;
    private final long maxMillis;
    private final RandomGenerator random;

    public Backoff(Duration first, Duration max, RandomGenerator random) {
        if (first.toMillis() < 1 || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < first <= max, is " + first + " and " + max);
        }
        this.firstMillis = first.toMillis();
        this.maxMillis = max.toMillis();
        this.random = random;
    }

    /** The wait before attempt {@code attempt} (0 = the first retry), in milliseconds. */
    public long delayMillis(int attempt) {
        long step = attempt >= 62 ? maxMillis : Math.min(maxMillis, firstMillis << Math.min(attempt, 40));
        long half = step / 2;
        return half + random.nextLong(step - half + 1);
    }
}
