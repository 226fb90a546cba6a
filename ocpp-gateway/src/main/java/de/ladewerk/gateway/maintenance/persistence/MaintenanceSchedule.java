package de.ladewerk.gateway.maintenance.persistence;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the {@link MaintenanceSupervisor} periodically on a worker thread, never on the event loop, and
 * never twice at once: a tick that finds the previous one still running is skipped.
 */
public final class MaintenanceSchedule {

    private final Vertx vertx;
    private final long timer;
    private final AtomicBoolean running = new AtomicBoolean();

    private MaintenanceSchedule(Vertx vertx, MaintenanceSupervisor supervisor, WorkerExecutor blocking,
                                Duration firstAfter, Duration every) {
        this.vertx = vertx;
        this.timer = vertx.setPeriodic(firstAfter.toMillis(), every.toMillis(), id -> tick(supervisor, blocking));
    }

    /** Starts looking: first after {@code firstAfter}, then every {@code every}. */
    public static MaintenanceSchedule start(Vertx vertx, MaintenanceSupervisor supervisor, WorkerExecutor blocking,
                                            Duration firstAfter, Duration every) {
        return new MaintenanceSchedule(vertx, supervisor, blocking, firstAfter, every);
    }

    private void tick(MaintenanceSupervisor supervisor, WorkerExecutor blocking) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        // the supervisor reports its own failures in its status; it never throws
        blocking.executeBlocking(supervisor::tick, false).onComplete(done -> running.set(false));
    }

    /** Stops looking; a tick already running completes. */
    public void stop() {
        vertx.cancelTimer(timer);
    }
}
