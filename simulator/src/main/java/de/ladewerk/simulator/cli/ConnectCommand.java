package de.ladewerk.simulator.cli;

import de.ladewerk.simulator.behaviour.Registration;
import de.ladewerk.simulator.behaviour.SimulatedStation;
import de.ladewerk.simulator.behaviour.StationProfile;
import de.ladewerk.simulator.behaviour.StationTiming;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.StationClientOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Connects N stations that boot, report status and heartbeat, for a while, then prints what happened. */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = "Connect stations that boot (retrying while Pending/Rejected), report every connector "
                + "Available and heartbeat at the granted interval, for --duration.",
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Vertx vertx = Vertx.vertx();
        try {
            StationTiming timing = StationTiming.realTime().withSpeedFactor(speed);
            List<Future<SimulatedStation>> connecting = new ArrayList<>();
            for (int i = 0; i < fleet.stations; i++) {
                String identity = fleet.identity(i, spec.commandLine());
                StationClientOptions options = StationClientOptions.of(fleet.url, identity, fleet.version)
                        .withPassword(fleet.password);
                connecting.add(StationClient.connect(vertx, options).map(client -> {
                    SimulatedStation station = new SimulatedStation(vertx, client, StationProfile.standard(identity), timing);
                    station.start();
                    return station;
                }));
            }
            Future.join(connecting).toCompletionStage().handle((v, e) -> null).toCompletableFuture().get();
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
            return summarize(connecting, out);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    private int summarize(List<Future<SimulatedStation>> connecting, PrintWriter out) {
        int failedConnects = 0;
        int accepted = 0;
        int heartbeats = 0;
        int failedCalls = 0;
        for (Future<SimulatedStation> f : connecting) {
            if (f.failed()) {
                failedConnects++;
                out.println("connect failed: " + f.cause().getMessage());
                continue;
            }
            SimulatedStation station = f.result();
            accepted += station.registration() == Registration.ACCEPTED ? 1 : 0;
            heartbeats += station.heartbeatsAnswered();
            failedCalls += station.failedCalls();
            station.stop();
        }
        out.printf("stations: %d, connected: %d, accepted: %d, heartbeats answered: %d, failed calls: %d%n",
                connecting.size(), connecting.size() - failedConnects, accepted, heartbeats, failedCalls);
        out.flush();
        boolean ok = failedConnects == 0 && failedCalls == 0 && accepted == connecting.size();
        return ok ? 0 : 1;
    }
}
