package de.ladewerk.simulator.behaviour;

import de.ladewerk.simulator.model.StationProfile;
import de.ladewerk.simulator.station.ConnectionClosedException;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A charge point's life on one connection, as a real one behaves: BootNotification until accepted
 * (waiting the interval the CSMS gave after Pending or Rejected, backing off when it gave none or did
 * not answer), then a StatusNotification per connector, then heartbeats at the granted interval.
 * Only one CALL is ever in flight. Counters may be read from any thread.
 */
public final class SimulatedStation {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedStation.class);

    private final Vertx vertx;
    private final StationClient client;
    private final StationProfile profile;
    private final StationTiming timing;
    private final ProtocolDialect dialect;
    private final Promise<Void> ready = Promise.promise();
    private final AtomicInteger bootAttempts = new AtomicInteger();
    private final AtomicInteger heartbeats = new AtomicInteger();
    private final AtomicInteger failedCalls = new AtomicInteger();
    private volatile Registration registration = Registration.NONE;
    private volatile int heartbeatIntervalSeconds;
    private volatile long timerId = -1;
    private volatile boolean stopped;
    private int bootFailures;

    public SimulatedStation(Vertx vertx, StationClient client, StationProfile profile, StationTiming timing) {
        this.vertx = vertx;
        this.client = client;
        this.profile = profile;
        this.timing = timing;
        this.dialect = ProtocolDialect.of(client.version());
        client.closed().onComplete(v -> {
            registration = Registration.NONE;
            stop();
            ready.tryFail(new ConnectionClosedException(client.identity() + ": connection closed before boot completed"));
        });
    }

    /**
     * Starts booting. The future completes once the CSMS accepted the boot and every connector's
     * status is reported; it fails only when the connection closes first (Pending is retried forever).
     */
    public Future<Void> start() {
        attemptBoot();
        return ready.future();
    }

    /** Stops timers; the connection stays open (close it with {@link StationClient#close()}). */
    public void stop() {
        stopped = true;
        vertx.cancelTimer(timerId);
    }

    public StationClient client() {
        return client;
    }

    public Registration registration() {
        return registration;
    }

    public int bootAttempts() {
        return bootAttempts.get();
    }

    /** Heartbeats the CSMS answered. */
    public int heartbeatsAnswered() {
        return heartbeats.get();
    }

    /** Calls that failed (CALLERROR, invalid answer, timeout). */
    public int failedCalls() {
        return failedCalls.get();
    }

    /** The heartbeat interval the CSMS granted, in seconds (0 before acceptance). */
    public int heartbeatIntervalSeconds() {
        return heartbeatIntervalSeconds;
    }

    private void attemptBoot() {
        if (stopped) {
            return;
        }
        bootAttempts.incrementAndGet();
        dialect.boot(client, profile).onComplete(ar -> {
            if (ar.failed()) {
                failedCalls.incrementAndGet();
                bootFailures++;
                LOG.debug("{}: boot attempt failed: {}", client.identity(), ar.cause().getMessage());
                later(timing.millis(timing.backOff(bootFailures)), this::attemptBoot);
                return;
            }
            BootAnswer answer = ar.result();
            registration = answer.status();
            if (answer.status() == Registration.ACCEPTED) {
                bootFailures = 0;
                heartbeatIntervalSeconds = answer.intervalSeconds();
                dialect.reportAllAvailable(client, profile).onComplete(reported -> {
                    if (reported.failed()) {
                        failedCalls.incrementAndGet();
                    }
                    ready.tryComplete();
                    scheduleHeartbeat();
                });
                return;
            }
            bootFailures++;
            long delay = answer.intervalSeconds() > 0
                    ? timing.millisOfSeconds(answer.intervalSeconds())
                    : timing.millis(timing.backOff(bootFailures));
            later(delay, this::attemptBoot);
        });
    }

    private void scheduleHeartbeat() {
        long delay = heartbeatIntervalSeconds > 0
                ? timing.millisOfSeconds(heartbeatIntervalSeconds) : timing.millis(timing.defaultHeartbeat());
        later(delay, () -> dialect.heartbeat(client).onComplete(ar -> {
            if (ar.succeeded()) {
                heartbeats.incrementAndGet();
            } else {
                failedCalls.incrementAndGet();
            }
            scheduleHeartbeat();
        }));
    }

    private void later(long millis, Runnable action) {
        if (!stopped) {
            timerId = vertx.setTimer(millis, id -> action.run());
        }
    }
}
