package de.ladewerk.gateway.aggregate;

import de.ladewerk.gateway.aggregate.persistence.AggregateRefresher;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link AggregateRefresher} periodically on a worker thread, never on the event loop, and
 * never twice at once: a tick that finds the previous refresh still running is skipped.
 */
public final class AggregateRefreshSchedule {

    /** How often the Ladewerk-maintained aggregates are refreshed; the raw tail covers the time between. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(AggregateRefreshSchedule.class);

    private final Vertx vertx;
    private final long timer;
    private final AtomicBoolean running = new AtomicBoolean();

    private AggregateRefreshSchedule(Vertx vertx, AggregateRefresher refresher, WorkerExecutor blocking,
                                     Duration firstAfter, Duration interval) {
        this.vertx = vertx;
        this.timer = vertx.setPeriodic(firstAfter.toMillis(), interval.toMillis(), id -> tick(refresher, blocking));
    }

    /**
     * Starts refreshing: first after {@code firstAfter}, then every {@code interval}.
     */
    public static AggregateRefreshSchedule start(Vertx vertx, AggregateRefresher refresher, WorkerExecutor blocking,
                                                 Duration firstAfter, Duration interval) {
        return new AggregateRefreshSchedule(vertx, refresher, blocking, firstAfter, interval);
    }

    private void tick(AggregateRefresher refresher, WorkerExecutor blocking) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        blocking.executeBlocking(refresher::refreshAll, false)
                .onSuccess(views -> LOG.debug("aggregates refreshed: {}", views))
                .onFailure(e -> LOG.warn("refreshing the aggregates failed (charts read the raw rows meanwhile): {}",
                        e.getMessage()))
                .onComplete(done -> running.set(false));
    }

    /** Stops refreshing; a refresh already running completes. */
    public void stop() {
        vertx.cancelTimer(timer);
    }
}
