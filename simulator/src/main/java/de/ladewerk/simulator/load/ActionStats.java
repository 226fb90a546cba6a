package de.ladewerk.simulator.load;

import org.HdrHistogram.Histogram;

/** Calls of one action: how many succeeded or failed and how long answers took (µs). Single-threaded. */
final class ActionStats {

    /** Up to 10 minutes at 3 significant digits: p99 and max stay exact enough, memory stays fixed. */
    static final long HIGHEST_MICROS = 600_000_000L;

    final Histogram latencyMicros = new Histogram(HIGHEST_MICROS, 3);
    long answered;
    long failed;

    void record(long micros, boolean ok) {
        latencyMicros.recordValue(Math.min(Math.max(micros, 0), HIGHEST_MICROS));
        if (ok) {
            answered++;
        } else {
            failed++;
        }
    }

    void add(ActionStats other) {
        latencyMicros.add(other.latencyMicros);
        answered += other.answered;
        failed += other.failed;
    }
}
