package de.ladewerk.simulator.behaviour;

import de.ladewerk.simulator.model.StationProfile;

import de.ladewerk.simulator.station.Backoff;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.StationClientOptions;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link SimulatedStation} that, like a real one, connects again when its connection fails or is closed by
 * the server: after a jittered exponential {@link Backoff}, reset by every successful connect. Counts what it
 * went through for the summary. Runs on Vert.x threads; its counters are read once it is stopped.
 */
public final class ReconnectingStation {

    private final Vertx vertx;
    private final StationClientOptions options;
    private final StationProfile profile;
    private final StationTiming timing;
    private final Backoff backoff;
    private final List<SimulatedStation> sessions = new ArrayList<>();
    private volatile SimulatedStation current;
    private volatile boolean stopped;
    private volatile Throwable lastFailure;
    private int attempt;
    private volatile int connects;
    private volatile int failedConnects;
    private volatile boolean firstAttemptOver;

    public ReconnectingStation(Vertx vertx, StationClientOptions options, StationProfile profile, StationTiming timing,
                               Backoff backoff) {
        this.vertx = vertx;
        this.options = options;
        this.profile = profile;
        this.timing = timing;
        this.backoff = backoff;
    }

    /** Connects now and keeps reconnecting until {@link #stop}. */
    public void start() {
        connect();
    }

    private void connect() {
        if (stopped) {
            return;
        }
        StationClient.connect(vertx, options).onComplete(ar -> {
            if (ar.failed()) {
                failedConnects++;
                lastFailure = ar.cause();
                firstAttemptOver = true;
                retryLater();
                return;
            }
            StationClient client = ar.result();
            if (stopped) {
                client.close();
                return;
            }
            connects++;
            attempt = 0;
            SimulatedStation station = new SimulatedStation(vertx, client, profile, timing);
            synchronized (sessions) {
                sessions.add(station);
            }
            current = station;
            station.start().onComplete(done -> firstAttemptOver = true);
            client.closed().onComplete(v -> retryLater());
        });
    }

    private void retryLater() {
        if (!stopped) {
            vertx.setTimer(backoff.delayMillis(attempt++), id -> connect());
        }
    }

    /** Whether the first connect failed, or connected and booted (or lost its connection meanwhile). */
    public boolean firstAttemptOver() {
        return firstAttemptOver;
    }

    /** Stops reconnecting and the station's timers (its connection stays open until Vert.x closes). */
    public void stop() {
        stopped = true;
        SimulatedStation s = current;
        if (s != null) {
            s.stop();
        }
    }

    /** Whether the latest connection is open and its boot was accepted. */
    public boolean accepted() {
        SimulatedStation s = current;
        return s != null && s.client().isOpen() && s.registration() == Registration.ACCEPTED;
    }

    /** Successful connects (the first one included). */
    public int connects() {
        return connects;
    }

    public int failedConnects() {
        return failedConnects;
    }

    /** Why the last connect failed, or null. */
    public Throwable lastFailure() {
        return lastFailure;
    }

    /** Heartbeats answered over all its connections. */
    public int heartbeatsAnswered() {
        synchronized (sessions) {
            return sessions.stream().mapToInt(SimulatedStation::heartbeatsAnswered).sum();
        }
    }

    /** Calls that failed over all its connections. */
    public int failedCalls() {
        synchronized (sessions) {
            return sessions.stream().mapToInt(SimulatedStation::failedCalls).sum();
        }
    }
}
