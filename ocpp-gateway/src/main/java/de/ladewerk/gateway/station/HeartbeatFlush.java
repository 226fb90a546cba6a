package de.ladewerk.gateway.station;

import io.vertx.core.Vertx;
import java.util.Map;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the {@link HeartbeatLedger} every {@link HeartbeatLedger#FLUSH_INTERVAL_MILLIS} ms, and once more at stop. */
public final class HeartbeatFlush {

    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatFlush.class);

    private final Vertx vertx;
    private final HeartbeatLedger ledger;
    private final StationEventSink sink;
    private final long timer;

    private HeartbeatFlush(Vertx vertx, HeartbeatLedger ledger, StationEventSink sink) {
        this.vertx = vertx;
        this.ledger = ledger;
        this.sink = sink;
        this.timer = vertx.setPeriodic(HeartbeatLedger.FLUSH_INTERVAL_MILLIS, id -> flush());
    }

    /** Starts writing the ledger periodically. */
    public static HeartbeatFlush start(Vertx vertx, HeartbeatLedger ledger, StationEventSink sink) {
        return new HeartbeatFlush(vertx, ledger, sink);
    }

    /** Stops the timer and hands what is noted to the sink: call before the sink's writer closes. */
    public void stop() {
        vertx.cancelTimer(timer);
        flush();
    }

    private void flush() {
        Map<String, Instant> latest = ledger.drain();
        if (latest.isEmpty()) {
            return;
        }
        // submitting only queues: the writer's own threads run the statement
        sink.heartbeats(latest).exceptionally(e -> {
            // a heartbeat written late or never loses no data; the next one corrects last_heartbeat_at
            LOG.warn("could not write {} heartbeats: {}", latest.size(), e.getMessage());
            return null;
        });
    }
}
