package de.ladewerk.simulator.load;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What one worker (one event loop) measured. Each worker writes only its own, so no locks are
 * needed; the run merges them at the end.
 */
final class LoadStats {

    final Histogram connectMicros = new Histogram(ActionStats.HIGHEST_MICROS, 3);
    final Map<String, ActionStats> byAction = new TreeMap<>();
    final Map<String, Long> errors = new TreeMap<>();
    long connected;
    long connectFailed;
    long firstConnectNanos = Long.MAX_VALUE;
    long lastConnectedNanos = Long.MIN_VALUE;
    long firstCallNanos = Long.MAX_VALUE;
    long lastAnswerNanos = Long.MIN_VALUE;

    void connectStarted(long nanos) {
        firstConnectNanos = Math.min(firstConnectNanos, nanos);
    }

    void connected(long startNanos, long nowNanos) {
        connected++;
        lastConnectedNanos = Math.max(lastConnectedNanos, nowNanos);
        connectMicros.recordValue(Math.min((nowNanos - startNanos) / 1000, ActionStats.HIGHEST_MICROS));
    }

    void connectFailed(String kind) {
        connectFailed++;
        error("connect: " + kind);
    }

    void callStarted(long nanos) {
        firstCallNanos = Math.min(firstCallNanos, nanos);
    }

    void callEnded(String action, long startNanos, long nowNanos, String errorKind) {
        lastAnswerNanos = Math.max(lastAnswerNanos, nowNanos);
        byAction.computeIfAbsent(action, a -> new ActionStats()).record((nowNanos - startNanos) / 1000, errorKind == null);
        if (errorKind != null) {
            error(action + ": " + errorKind);
        }
    }

    void error(String kind) {
        errors.merge(kind, 1L, Long::sum);
    }

    void add(LoadStats other) {
        connectMicros.add(other.connectMicros);
        other.byAction.forEach((action, stats) -> byAction.computeIfAbsent(action, a -> new ActionStats()).add(stats));
        other.errors.forEach((kind, n) -> errors.merge(kind, n, Long::sum));
        connected += other.connected;
        connectFailed += other.connectFailed;
        firstConnectNanos = Math.min(firstConnectNanos, other.firstConnectNanos);
        lastConnectedNanos = Math.max(lastConnectedNanos, other.lastConnectedNanos);
        firstCallNanos = Math.min(firstCallNanos, other.firstCallNanos);
        lastAnswerNanos = Math.max(lastAnswerNanos, other.lastAnswerNanos);
    }
}
