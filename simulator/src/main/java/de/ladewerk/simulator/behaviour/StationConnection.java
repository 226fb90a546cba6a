package de.ladewerk.simulator.behaviour;

import de.ladewerk.simulator.fault.FaultInjector;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.StationClientOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A station's link to the CSMS over its whole life: connect, boot (retrying with back-off, obeying a
 * Pending/Rejected interval), heartbeat, injected drops, reconnect after a drop, reboot. Runs on the
 * station's event loop; the state read from other threads is volatile.
 */
final class StationConnection {

    private static final Logger LOG = LoggerFactory.getLogger(StationConnection.class);

    private final ChargingStation station;
    private final Vertx vertx;
    private final StationClientOptions options;
    private final FaultInjector faults;
    private final ProtocolDialect dialect;
    private final VersionFlow flow;
    private final Promise<Void> firstAccepted = Promise.promise();
    private final AtomicLong failedCalls = new AtomicLong();
    private final AtomicLong connects = new AtomicLong();
    private volatile StationClient client;
    private volatile Registration registration = Registration.NONE;
    private volatile boolean stopped;
    private int connectFailures;
    private long heartbeatTimer = -1;
    private long dropTimer = -1;

    StationConnection(ChargingStation station, StationClientOptions options, FaultInjector faults,
                      ProtocolDialect dialect, VersionFlow flow) {
        this.station = station;
        this.vertx = station.vertx();
        this.options = options;
        this.faults = faults;
        this.dialect = dialect;
        this.flow = flow;
    }

    /** Completes once the CSMS first accepted the boot. */
    Future<Void> firstAccepted() {
        return firstAccepted.future();
    }

    void connect() {
        if (stopped) {
            return;
        }
        StationClient.connect(vertx, options).onComplete(ar -> {
            if (ar.failed()) {
                connectFailures++;
                LOG.debug("{}: connect failed: {}", options.identity(), ar.cause().getMessage());
                later(timing().millis(timing().backOff(connectFailures)), this::connect);
                return;
            }
            if (stopped) {
                ar.result().close();
                return;
            }
            connectFailures = 0;
            connects.incrementAndGet();
            client = ar.result();
            faults.attach(client);
            flow.registerHandlers((action, handler) -> client.onCall(action, faults.wrap(handler)));
            StationClient current = client;
            client.closed().onComplete(c -> disconnected(current));
            boot(current, 0);
        });
    }

    private void boot(StationClient current, int failures) {
        if (stopped || current != client || !current.isOpen()) {
            return;
        }
        faults.beforeCall(current);
        dialect.boot(current, station.model().profile()).onComplete(ar -> {
            if (ar.failed()) {
                failedCalls.incrementAndGet();
                later(timing().millis(timing().backOff(failures + 1)), () -> boot(current, failures + 1));
                return;
            }
            BootAnswer answer = ar.result();
            registration = answer.status();
            if (answer.status() != Registration.ACCEPTED) {
                long delay = answer.intervalSeconds() > 0 ? timing().millisOfSeconds(answer.intervalSeconds())
                        : timing().millis(timing().backOff(failures + 1));
                later(delay, () -> boot(current, failures + 1));
                return;
            }
            if (answer.intervalSeconds() > 0) {
                station.settings().force("HeartbeatInterval", Integer.toString(answer.intervalSeconds()));
            }
            flow.reportAll();
            scheduleHeartbeat();
            scheduleDrop();
            station.outbox().pump();
            firstAccepted.tryComplete();
        });
    }

    private void disconnected(StationClient closed) {
        if (closed != client) {
            return;
        }
        registration = Registration.NONE;
        vertx.cancelTimer(heartbeatTimer);
        vertx.cancelTimer(dropTimer);
        if (!stopped) {
            later(timing().millis(timing().backOff(1)), this::connect);
        }
    }

    /** Stops reconnecting, cancels the timers and closes the connection. */
    Future<Void> stop() {
        stopped = true;
        vertx.cancelTimer(heartbeatTimer);
        vertx.cancelTimer(dropTimer);
        firstAccepted.tryFail("station stopped");
        return client != null ? client.close() : Future.succeededFuture();
    }

    /** Drops the connection as a network failure would; the station reconnects after its back-off. */
    Future<Void> drop() {
        faults.dropped();
        return client != null ? client.close() : Future.succeededFuture();
    }

    /** Reboots: closes the connection and connects and boots again after a short pause. */
    void reboot() {
        if (client != null) {
            StationClient old = client;
            client = null;
            registration = Registration.NONE;
            vertx.cancelTimer(heartbeatTimer);
            vertx.cancelTimer(dropTimer);
            old.close().onComplete(v -> later(station.clock().wallMillis(Duration.ofSeconds(5)), this::connect));
        }
    }

    /** (Re)starts the heartbeat interval, e.g. after HeartbeatInterval changed. */
    void scheduleHeartbeat() {
        vertx.cancelTimer(heartbeatTimer);
        int seconds = station.settings().intValue("HeartbeatInterval");
        long delay = seconds > 0 ? timing().millisOfSeconds(seconds) : timing().millis(timing().defaultHeartbeat());
        StationClient current = client;
        heartbeatTimer = vertx.setTimer(delay, id -> {
            if (isOnline() && current == client) {
                faults.beforeCall(current);
                dialect.heartbeat(current).onFailure(e -> failedCalls.incrementAndGet());
                scheduleHeartbeat();
            }
        });
    }

    /** Sends a Heartbeat now (TriggerMessage) and restarts the interval. */
    void heartbeatNow() {
        if (isOnline()) {
            dialect.heartbeat(client).onFailure(e -> failedCalls.incrementAndGet());
            scheduleHeartbeat();
        }
    }

    /** Sends a BootNotification again on this connection (TriggerMessage). */
    void bootAgain() {
        if (client != null && client.isOpen()) {
            boot(client, 0);
        }
    }

    private void scheduleDrop() {
        long millis = faults.nextDropMillis();
        if (millis > 0) {
            dropTimer = vertx.setTimer(millis, id -> drop());
        }
    }

    private void later(long millis, Runnable action) {
        if (!stopped) {
            vertx.setTimer(millis, id -> action.run());
        }
    }

    /** Connected and accepted. */
    boolean isOnline() {
        StationClient current = client;
        return current != null && current.isOpen() && registration == Registration.ACCEPTED;
    }

    StationClient client() {
        return client;
    }

    Registration registration() {
        return registration;
    }

    long connections() {
        return connects.get();
    }

    AtomicLong failedCalls() {
        return failedCalls;
    }

    /** Read each time: a catching-up clock changes its pace once it reaches the wall clock. */
    private StationTiming timing() {
        return station.clock().timing();
    }
}
