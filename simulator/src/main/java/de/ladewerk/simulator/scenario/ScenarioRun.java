package de.ladewerk.simulator.scenario;

import de.ladewerk.simulator.behaviour.ChargingStation;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A running scenario: its figures so far, and {@link #stop()}. */
public final class ScenarioRun {

    /**
     * Figures of a run so far.
     *
     * @param sessionsStarted   drivers accepted who began charging
     * @param sessionsCompleted of those, the ones who left again
     * @param refused           drivers whose token the CSMS (or the station offline) refused
     * @param turnedAway        drivers who found no free EVSE
     * @param failedCalls       station calls that failed (errors, timeouts, lost connections)
     */
    public record Figures(int stations, int online, long sessionsStarted, long sessionsCompleted, long refused,
                          long turnedAway, long failedCalls, long queuedMessages) {
    }

    private final Vertx vertx;
    private final List<FleetStation> fleet;
    private boolean ownsVertx;

    ScenarioRun(Vertx vertx, List<FleetStation> fleet, boolean ownsVertx) {
        this.vertx = vertx;
        this.fleet = List.copyOf(fleet);
        this.ownsVertx = ownsVertx;
    }

    void ownsVertx() {
        this.ownsVertx = true;
    }

    void begin(Duration spacing) {
        for (int i = 0; i < fleet.size(); i++) {
            FleetStation station = fleet.get(i);
            long delay = spacing.toMillis() * i;
            if (delay < 1) {
                station.start();
            } else {
                vertx.setTimer(delay, id -> station.start());
            }
        }
    }

    public List<ChargingStation> stations() {
        List<ChargingStation> stations = new ArrayList<>();
        fleet.forEach(f -> stations.add(f.station));
        return stations;
    }

    public Figures figures() {
        int online = 0;
        long started = 0;
        long completed = 0;
        long refused = 0;
        long away = 0;
        long failed = 0;
        long queued = 0;
        for (FleetStation f : fleet) {
            online += f.station.isOnline() ? 1 : 0;
            started += f.started.get();
            completed += f.completed.get();
            refused += f.refused.get();
            away += f.turnedAway.get();
            failed += f.station.failedCalls();
            queued += f.station.queuedMessages();
        }
        return new Figures(fleet.size(), online, started, completed, refused, away, failed, queued);
    }

    /** Stops arrivals and closes every station's connection (and the Vert.x instance if the run made it). */
    public Future<Void> stop() {
        List<Future<Void>> closing = new ArrayList<>();
        for (FleetStation f : fleet) {
            f.stop();
            closing.add(f.station.stop());
        }
        Future<Void> all = Future.join(closing).mapEmpty();
        return ownsVertx ? all.eventually(() -> vertx.close()) : all;
    }
}
