package de.ladewerk.simulator.load;

import io.vertx.core.Vertx;
import java.util.ArrayDeque;

/**
 * A token bucket for one worker: lets at most {@code perSecond} actions start per second, queueing
 * the rest in order. Refilled every 10 ms so the rate is smooth, not bursty per second. Used only on
 * the worker's event loop.
 */
final class RateGate {

    private static final long TICK_MILLIS = 10;

    private final double perTick;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private double tokens;
    private final long timerId;
    private final Vertx vertx;

    /** {@code perSecond <= 0} means no limit. */
    RateGate(Vertx vertx, double perSecond) {
        this.vertx = vertx;
        this.perTick = perSecond * TICK_MILLIS / 1000.0;
        this.tokens = Math.max(1, perTick);
        this.timerId = perSecond > 0 ? vertx.setPeriodic(TICK_MILLIS, id -> refill()) : -1;
    }

    void acquire(Runnable action) {
        if (timerId == -1) {
            action.run();
        } else if (waiting.isEmpty() && tokens >= 1) {
            tokens--;
            action.run();
        } else {
            waiting.add(action);
        }
    }

    void close() {
        vertx.cancelTimer(timerId);
    }

    private void refill() {
        // no saving up beyond one tick's worth, so a pause is not followed by a burst
        tokens = Math.min(tokens + perTick, Math.max(1, perTick));
        while (tokens >= 1 && !waiting.isEmpty()) {
            tokens--;
            waiting.poll().run();
        }
    }
}
