package de.ladewerk.simulator.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.simulator.station.ConnectionClosedException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Transaction messages in the order they happened: one in flight at a time, held while the station
 * is offline and replayed in order once it is accepted again; a message the CSMS does not accept is
 * retried {@code TransactionMessageAttempts} times, {@code TransactionMessageRetryInterval} × attempt
 * apart, then dropped. Event loop only.
 */
final class Outbox {

    /**
     * One message. The payload is built when it is sent, so a 1.6 StopTransaction queued offline
     * carries the transactionId the StartTransaction before it was answered with; a payload of
     * {@code null} means the message has become pointless and is skipped.
     */
    record Message(String action, Supplier<JsonNode> payload, Consumer<JsonNode> onAnswer) {
    }

    private static final class Entry {
        final Message message;
        int attempts;

        Entry(Message message) {
            this.message = message;
        }
    }

    private final ChargingStation station;
    private final ArrayDeque<Entry> queue = new ArrayDeque<>();
    private boolean busy;
    private long dropped;

    Outbox(ChargingStation station) {
        this.station = station;
    }

    void add(Message message) {
        queue.add(new Entry(message));
        pump();
    }

    int size() {
        return queue.size();
    }

    /** Messages given up after their attempts. */
    long dropped() {
        return dropped;
    }

    void pump() {
        if (busy || queue.isEmpty() || !station.isOnline()) {
            return;
        }
        Entry head = queue.peek();
        JsonNode payload = head.message.payload().get();
        if (payload == null) {
            queue.poll();
            pump();
            return;
        }
        busy = true;
        station.call(head.message.action(), payload).onComplete(ar -> {
            busy = false;
            if (ar.succeeded()) {
                queue.poll();
                if (head.message.onAnswer() != null) {
                    head.message.onAnswer().accept(ar.result());
                }
                pump();
                return;
            }
            if (ar.cause() instanceof ConnectionClosedException || ar.cause() instanceof IllegalStateException) {
                return; // kept at the head; replayed after the next boot
            }
            head.attempts++;
            if (head.attempts >= station.settings().intValue("TransactionMessageAttempts")) {
                queue.poll();
                dropped++;
                pump();
                return;
            }
            int interval = station.settings().intValue("TransactionMessageRetryInterval");
            station.vertx().setTimer(station.clock().wallMillis(Duration.ofSeconds((long) interval * head.attempts)),
                    id -> pump());
        });
    }
}
