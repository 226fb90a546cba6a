package de.ladewerk.simulator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.ladewerk.simulator.load.LoadOptions;
import de.ladewerk.simulator.load.LoadReport;
import de.ladewerk.simulator.load.LoadRun;
import de.ladewerk.simulator.load.SourceAddresses;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The benchmark: many stations from this one process, each booting and then heartbeating back to back. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Benchmark an OCPP server: --stations stations connect over --ramp-up, each sends a "
                + "BootNotification and then Heartbeats back to back (one call in flight per station) until it "
                + "has sent --calls-per-station calls. Works against any OCPP-J server.",
                "Reports stations connected, connect rate, calls/s by action, answer latency p50/p95/p99/max, "
                + "errors by kind, and the generator's own CPU and memory (saturated = a second used >90% of all cores)."},
        footer = {"", "Example: load --stations 15000 --calls-per-station 20 --ramp-up PT30S --report load.json",
                "This process may hold about 20,000 open files: one per station plus a few dozen."})
final class LoadCommand implements Callable<Integer> {

    @Mixin
    FleetOptions fleet;

    @Option(names = "--calls-per-station", defaultValue = "10",
            description = "calls per station, the BootNotification included (default: ${DEFAULT-VALUE})")
    int callsPerStation;

    @Option(names = "--rate", defaultValue = "0",
            description = "at most this many calls per second over all stations; 0 for no limit (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--ramp-up", defaultValue = "PT10S",
            description = "connects are spread evenly over this time, ISO-8601 (default: ${DEFAULT-VALUE})")
    Duration rampUp;

    @Option(names = "--max-duration", defaultValue = "PT10M",
            description = "stop sending after this long, finished or not (default: ${DEFAULT-VALUE})")
    Duration maxDuration;

    @Option(names = "--call-timeout", defaultValue = "PT30S",
            description = "a call not answered within this counts as a timeout (default: ${DEFAULT-VALUE})")
    Duration callTimeout;

    @Option(names = "--source-address", split = ",",
            description = "local addresses to connect from, round-robin (default: 127.0.0.1..n for a loopback "
                    + "target with more than " + SourceAddresses.STATIONS_PER_ADDRESS + " stations, else the OS picks)")
    List<String> sourceAddresses;

    @Option(names = "--event-loops", description = "event-loop threads (default: one per core)")
    Integer eventLoops;

    @Option(names = "--profile", defaultValue = "HEARTBEAT",
            description = "calls after the boot: HEARTBEAT, or for the ingest benchmark METER_VALUES (5 sampled values "
                    + "each) or METER_VALUES_FULL (13: every per-phase measurand of a 3-phase AC meter) "
                    + "(default: ${DEFAULT-VALUE})")
    LoadOptions.Profile profile;

    @Option(names = "--hold", defaultValue = "PT0S",
            description = "keep every connection open this long after the last station is done, ISO-8601 "
                    + "(default: ${DEFAULT-VALUE})")
    Duration hold;

    @Option(names = "--report", description = "also write the report as JSON to this file")
    Path report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (fleet.stations < 1 || callsPerStation < 1 || rate < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--stations and --calls-per-station must be at least 1, --rate not negative");
        }
        if (fleet.identity != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "load names its stations by --identity-prefix");
        }
        List<String> addresses = sourceAddresses != null ? sourceAddresses
                : SourceAddresses.forTarget(fleet.url.getHost(), fleet.stations);
        LoadOptions options = new LoadOptions(fleet.url, fleet.version, fleet.stations, fleet.identityPrefix,
                fleet.password, callsPerStation, rate, rampUp, maxDuration, callTimeout, addresses, profile, hold);
        int loops = eventLoops != null ? eventLoops : Runtime.getRuntime().availableProcessors();
        LoadReport result = new LoadRun(options, loops).run();
        PrintWriter out = spec.commandLine().getOut();
        out.print(LoadSummary.text(result));
        out.flush();
        if (report != null) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(report.toFile(), result);
        }
        return result.hasErrors() ? 1 : 0;
    }
}
