package de.ladewerk.simulator.cli;

import de.ladewerk.simulator.behaviour.Registration;
import de.ladewerk.simulator.behaviour.ReconnectingStation;
import de.ladewerk.simulator.behaviour.SimulatedStation;
import de.ladewerk.simulator.model.StationProfile;
import de.ladewerk.simulator.behaviour.StationTiming;
import de.ladewerk.simulator.station.Backoff;
import de.ladewerk.simulator.station.StationClientOptions;
import io.vertx.core.Vertx;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Connects N stations that boot, report status and heartbeat, for a while, then prints what happened. */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"Connect stations that boot (retrying while Pending/Rejected), report every connector "
                + "Available and heartbeat at the granted interval, for --duration.",
                "Like real stations they connect again when a connect fails or the server closes the connection: "
                + "after a jittered exponential back-off (--reconnect-first doubling up to --reconnect-max, each "
                + "wait drawn from the upper half of its step), reset by every successful connect.",
                "Exit code 0 only if every station is connected and Accepted at the end; 1 otherwise (e.g. all 401)."},
        footer = {"", "Example: connect --stations 10 --version 2.0.1 --url ws://127.0.0.1:8180/ocpp --duration PT1M"})
final class ConnectCommand implements Callable<Integer> {

    @Mixin
    FleetOptions fleet;

    @Option(names = "--duration", defaultValue = "PT30S",
            description = "how long to run, ISO-8601 (PT30S, PT5M) (default: ${DEFAULT-VALUE})")
    Duration duration;

    @Option(names = "--speed", defaultValue = "1",
            description = "station clock speed factor: 10 makes heartbeats and retries 10x as frequent (default: ${DEFAULT-VALUE})")
    double speed;

    @Option(names = "--reconnect-first", defaultValue = "PT1S",
            description = "first reconnect back-off step, ISO-8601 (default: ${DEFAULT-VALUE})")
    Duration reconnectFirst;

    @Option(names = "--reconnect-max", defaultValue = "PT60S",
            description = "largest reconnect back-off step (default: ${DEFAULT-VALUE})")
    Duration reconnectMax;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Vertx vertx = Vertx.vertx();
        try {
            StationTiming timing = StationTiming.realTime().withSpeedFactor(speed);
            Backoff backoff = new Backoff(reconnectFirst, reconnectMax, new SplittableRandom());
            List<ReconnectingStation> stations = new ArrayList<>();
            for (int i = 0; i < fleet.stations; i++) {
                String identity = fleet.identity(i, spec.commandLine());
                StationClientOptions options = StationClientOptions.of(fleet.url, identity, fleet.version)
                        .withPassword(fleet.password);
                ReconnectingStation station = new ReconnectingStation(vertx, options, StationProfile.standard(identity),
                        timing, backoff);
                stations.add(station);
                station.start();
            }
            // --duration counts from the moment every station's first attempt is over (booted or failed)
            while (!stations.stream().allMatch(ReconnectingStation::firstAttemptOver)) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
            stations.forEach(ReconnectingStation::stop);
            return summarize(stations, out);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    private static int summarize(List<ReconnectingStation> stations, PrintWriter out) {
        int accepted = 0;
        int neverConnected = 0;
        int reconnects = 0;
        int failedConnects = 0;
        int heartbeats = 0;
        int failedCalls = 0;
        for (ReconnectingStation s : stations) {
            accepted += s.accepted() ? 1 : 0;
            if (s.connects() == 0) {
                neverConnected++;
                out.println("never connected: " + (s.lastFailure() == null ? "no attempt finished"
                        : s.lastFailure().getMessage()));
            }
            reconnects += Math.max(0, s.connects() - 1);
            failedConnects += s.failedConnects();
            heartbeats += s.heartbeatsAnswered();
            failedCalls += s.failedCalls();
        }
        out.printf("stations: %d, connected: %d, accepted: %d, reconnects: %d, failed connects: %d, "
                        + "heartbeats answered: %d, failed calls: %d%n", stations.size(), stations.size() - neverConnected,
                accepted, reconnects, failedConnects, heartbeats, failedCalls);
        out.flush();
        return accepted == stations.size() ? 0 : 1;
    }
}
