package de.ladewerk.simulator.load;

import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.StationClientOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives every {@code workers}-th station of a load run on one event loop: connects it at its
 * moment of the ramp-up, then sends BootNotification and Heartbeats back to back. Everything it
 * touches is confined to its event loop, so it measures without locks.
 */
final class LoadWorker extends VerticleBase {

    private final LoadOptions options;
    private final int index;
    private final int workers;
    private final LoadStats stats = new LoadStats();
    private final List<StationClient> clients = new ArrayList<>();
    private final Promise<LoadStats> finished = Promise.promise();
    private RateGate gate;
    private long deadlineNanos;
    private int pending;

    LoadWorker(LoadOptions options, int index, int workers) {
        this.options = options;
        this.index = index;
        this.workers = workers;
    }

    /** Completes with this worker's figures once each of its stations is done (or the run's time is up). */
    Future<LoadStats> finished() {
        return finished.future();
    }

    @Override
    public Future<?> start() {
        gate = new RateGate(vertx, options.callsPerSecond() / workers);
        long startNanos = System.nanoTime();
        deadlineNanos = startNanos + options.maxDuration().toNanos();
        long rampNanos = options.rampUp().toNanos();
        for (int station = index; station < options.stations(); station += workers) {
            pending++;
            long dueMillis = rampNanos * station / options.stations() / 1_000_000;
            int s = station;
            if (dueMillis < 1) {
                connect(s);
            } else {
                vertx.setTimer(dueMillis, id -> connect(s));
            }
        }
        if (pending == 0) {
            finished.complete(stats);
        }
        return Future.succeededFuture();
    }

    /** Closes this worker's connections. */
    @Override
    public Future<?> stop() {
        gate.close();
        List<Future<Void>> closing = new ArrayList<>(clients.size());
        for (StationClient client : clients) {
            closing.add(client.close());
        }
        return Future.join(closing);
    }

    private void connect(int station) {
        if (System.nanoTime() > deadlineNanos) {
            done();
            return;
        }
        StationClientOptions clientOptions = StationClientOptions.of(options.endpoint(), options.identity(station),
                        options.version())
                .withPassword(options.password())
                .withCallTimeout(options.callTimeout());
        if (!options.sourceAddresses().isEmpty()) {
            clientOptions = clientOptions.withLocalAddress(
                    options.sourceAddresses().get(station % options.sourceAddresses().size()));
        }
        long start = System.nanoTime();
        stats.connectStarted(start);
        StationClient.connect(vertx, clientOptions).onComplete(ar -> {
            if (ar.failed()) {
                stats.connectFailed(FailureKinds.of(ar.cause()));
                done();
                return;
            }
            stats.connected(start, System.nanoTime());
            clients.add(ar.result());
            ar.result().closed().onComplete(c -> {
                if (!finished.future().isComplete()) {
                    stats.error("connection closed by server");
                }
            });
            nextCall(ar.result(), station, 0);
        });
    }

    private void nextCall(StationClient client, int station, int sent) {
        if (sent == options.callsPerStation() || System.nanoTime() > deadlineNanos || !client.isOpen()) {
            done();
            return;
        }
        gate.acquire(() -> {
            boolean meterValues = options.profile().meterValues();
            String action = sent == 0 ? "BootNotification" : meterValues ? "MeterValues" : "Heartbeat";
            Object payload = sent == 0 ? LoadPayloads.boot(options.version(), station)
                    : meterValues ? LoadPayloads.meterValues(options.version(), sent,
                    options.profile() == LoadOptions.Profile.METER_VALUES_FULL) : LoadPayloads.heartbeat(options.version());
            long start = System.nanoTime();
            stats.callStarted(start);
            client.call(action, payload).onComplete(ar -> {
                stats.callEnded(action, start, System.nanoTime(), ar.failed() ? FailureKinds.of(ar.cause()) : null);
                nextCall(client, station, sent + 1);
            });
        });
    }

    private void done() {
        if (--pending == 0) {
            finished.complete(stats);
        }
    }

}
