package de.ladewerk.simulator.station;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Our outgoing CALLs: at most {@code maxInFlight} on the wire, the rest waiting in order, each with a
 * timeout. Not thread-safe: used only on the connection's event loop.
 */
final class CallTracker {

    private final Vertx vertx;
    private final Duration timeout;
    private final int maxInFlight;
    private final Consumer<PendingCall> transmit;
    private final ArrayDeque<PendingCall> waiting = new ArrayDeque<>();
    private final Map<String, PendingCall> inFlight = new HashMap<>(4);
    private long nextMessageId;

    CallTracker(Vertx vertx, Duration timeout, int maxInFlight, Consumer<PendingCall> transmit) {
        this.vertx = vertx;
        this.timeout = timeout;
        this.maxInFlight = maxInFlight;
        this.transmit = transmit;
    }

    /** A message id unique on this connection; short, because thousands of stations send millions. */
    String newMessageId() {
        return Long.toString(++nextMessageId, 36);
    }

    void submit(PendingCall call) {
        waiting.add(call);
        sendWhatMayGo();
    }

    /** Takes the in-flight call with this id, or returns {@code null} when none matches (late or foreign answer). */
    PendingCall answered(String messageId) {
        PendingCall call = inFlight.remove(messageId);
        if (call != null) {
            vertx.cancelTimer(call.timerId);
        }
        return call;
    }

    /** After an answer was handled: lets the next waiting call go. */
    void next() {
        sendWhatMayGo();
    }

    boolean isInFlight(String messageId) {
        return inFlight.containsKey(messageId);
    }

    /** Fails every call, in flight and waiting, e.g. because the connection closed. */
    void failAll(RuntimeException cause) {
        for (PendingCall call : inFlight.values()) {
            vertx.cancelTimer(call.timerId);
            call.promise.tryFail(cause);
        }
        inFlight.clear();
        PendingCall call;
        while ((call = waiting.poll()) != null) {
            call.promise.tryFail(cause);
        }
    }

    private void sendWhatMayGo() {
        while (inFlight.size() < maxInFlight && !waiting.isEmpty()) {
            PendingCall call = waiting.poll();
            inFlight.put(call.messageId, call);
            call.timerId = vertx.setTimer(Math.max(1, timeout.toMillis()), id -> timedOut(call));
            transmit.accept(call);
        }
    }

    private void timedOut(PendingCall call) {
        if (inFlight.remove(call.messageId) != null) {
            call.promise.tryFail(new CallTimeoutException(call.action, call.messageId, timeout));
            sendWhatMayGo();
        }
    }
}
