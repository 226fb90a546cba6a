package de.ladewerk.simulator.scenario;

import de.ladewerk.simulator.behaviour.ChargingStation;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One station of a running scenario and its drivers: schedules the next arrival, finds it a free
 * EVSE (or turns it away), plugs in, identifies, and unplugs after the dwell time.
 */
final class FleetStation {

    private final Vertx vertx;
    final ChargingStation station;
    private final ArrivalPlan plan;
    private final DriverTokens tokens;
    private final boolean[] busy;
    private volatile boolean running;
    final AtomicLong started = new AtomicLong();
    final AtomicLong completed = new AtomicLong();
    final AtomicLong turnedAway = new AtomicLong();
    final AtomicLong refused = new AtomicLong();

    FleetStation(Vertx vertx, ChargingStation station, ArrivalPlan plan, DriverTokens tokens) {
        this.vertx = vertx;
        this.station = station;
        this.plan = plan;
        this.tokens = tokens;
        this.busy = new boolean[station.model().evses().size() + 1];
    }

    void start() {
        running = true;
        station.start().onComplete(ar -> scheduleNext());
    }

    void stop() {
        running = false;
    }

    private void scheduleNext() {
        Arrival arrival = plan.next();
        if (arrival == null || !running) {
            return;
        }
        long delay = station.clock().wallMillis(Duration.between(station.clock().now(), arrival.time()));
        vertx.setTimer(Math.max(1, delay), id -> {
            if (running) {
                arrive(arrival);
                scheduleNext();
            }
        });
    }

    private synchronized int takeFreeEvse() {
        for (int e = 1; e < busy.length; e++) {
            if (!busy[e]) {
                busy[e] = true;
                return e;
            }
        }
        return -1;
    }

    private synchronized void release(int evse) {
        busy[evse] = false;
    }

    private void arrive(Arrival arrival) {
        int evse = takeFreeEvse();
        if (evse < 0) {
            turnedAway.incrementAndGet();
            return;
        }
        String token = tokens.claim(arrival.idToken());
        station.plugIn(evse, arrival.vehicle())
                .compose(v -> station.present(evse, token))
                .onComplete(ar -> {
                    if (ar.failed()) {
                        turnedAway.incrementAndGet();
                        tokens.release(token);
                        release(evse);
                        return;
                    }
                    if (ar.result()) {
                        started.incrementAndGet();
                    } else {
                        refused.incrementAndGet();
                    }
                    long dwell = station.clock().wallMillis(ar.result() ? arrival.dwell() : Duration.ofMinutes(1));
                    vertx.setTimer(dwell, id -> station.unplug(evse).onComplete(u -> {
                        if (ar.result()) {
                            completed.incrementAndGet();
                        }
                        tokens.release(token);
                        release(evse);
                    }));
                });
    }
}
