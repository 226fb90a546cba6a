package de.ladewerk.gateway.connection;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.frame.Frame;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * CSMS→station calls of one connection: at most one outstanding, the rest queued in order, each
 * answered by the matching CALLRESULT/CALLERROR or failed by a timeout. Used on the connection's
 * event loop only.
 */
final class OutboundCallQueue {

    private record Pending(Frame.Call call, Promise<Frame> answer) {
    }

    private final Vertx vertx;
    private final long timeoutMillis;
    private final int maxQueued;
    private final Consumer<Frame.Call> sender;
    private final Queue<Pending> waiting = new ArrayDeque<>();
    private Pending outstanding;
    private long timer = -1;

    OutboundCallQueue(Vertx vertx, long timeoutMillis, int maxQueued, Consumer<Frame.Call> sender) {
        this.vertx = vertx;
        this.timeoutMillis = timeoutMillis;
        this.maxQueued = maxQueued;
        this.sender = sender;
    }

    /** Queues a call; the future completes with the station's CALLRESULT or CALLERROR frame. */
    Future<Frame> enqueue(String action, JsonNode payload) {
        if (waiting.size() >= maxQueued) {
            return Future.failedFuture(new IllegalStateException("more than " + maxQueued + " calls queued"));
        }
        Promise<Frame> answer = Promise.promise();
        waiting.add(new Pending(new Frame.Call(UUID.randomUUID().toString(), action, payload), answer));
        sendNext();
        return answer.future();
    }

    /** Completes the outstanding call if the answer is for it; false if it matches nothing. */
    boolean complete(Frame answer) {
        if (outstanding == null || !outstanding.call.messageId().equals(answer.messageId())) {
            return false;
        }
        Pending done = outstanding;
        finishOutstanding();
        done.answer.complete(answer);
        sendNext();
        return true;
    }

    /** Fails every call, e.g. when the connection closes. */
    void failAll(Throwable cause) {
        Pending current = outstanding;
        finishOutstanding();
        if (current != null) {
            current.answer.tryFail(cause);
        }
        Pending p;
        while ((p = waiting.poll()) != null) {
            p.answer.tryFail(cause);
        }
    }

    private void sendNext() {
        if (outstanding != null || waiting.isEmpty()) {
            return;
        }
        outstanding = waiting.poll();
        Pending current = outstanding;
        timer = vertx.setTimer(timeoutMillis, id -> {
            if (outstanding == current) {
                finishOutstanding();
                current.answer.tryFail(new CallTimeoutException(current.call.action(), timeoutMillis));
                sendNext();
            }
        });
        sender.accept(current.call);
    }

    private void finishOutstanding() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
        outstanding = null;
    }
}
