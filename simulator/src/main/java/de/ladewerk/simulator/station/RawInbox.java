package de.ladewerk.simulator.station;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import java.util.ArrayDeque;

/**
 * Text frames that are not answers to our CALLs, handed to whoever waits for the next one. Frames
 * nobody waits for are kept, up to a limit (oldest dropped), so a test can ask after the fact. Used
 * only on the connection's event loop.
 */
final class RawInbox {

    static final int KEPT_LIMIT = 256;

    private final ArrayDeque<String> kept = new ArrayDeque<>();
    private final ArrayDeque<Promise<String>> waiters = new ArrayDeque<>();
    private Handler<String> listener;

    void offer(String text) {
        if (listener != null) {
            listener.handle(text);
        }
        Promise<String> waiter = waiters.poll();
        if (waiter != null) {
            waiter.complete(text);
            return;
        }
        if (kept.size() == KEPT_LIMIT) {
            kept.poll();
        }
        kept.add(text);
    }

    Future<String> next() {
        String text = kept.poll();
        if (text != null) {
            return Future.succeededFuture(text);
        }
        Promise<String> waiter = Promise.promise();
        waiters.add(waiter);
        return waiter.future();
    }

    void listener(Handler<String> handler) {
        this.listener = handler;
    }

    void failWaiters(RuntimeException cause) {
        Promise<String> waiter;
        while ((waiter = waiters.poll()) != null) {
            waiter.tryFail(cause);
        }
    }
}
