package de.ladewerk.simulator.cli;

import de.ladewerk.simulator.fault.FaultOptions;
import de.ladewerk.simulator.scenario.Scenario;
import de.ladewerk.simulator.scenario.ScenarioRun;
import de.ladewerk.simulator.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a fleet scenario against a CSMS for a while and prints what happened. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Simulate a fleet described by a scenario file (YAML): stations connect, drivers arrive by "
                + "the scenario's hourly rates, plug in, identify, charge and leave.",
                "SCENARIO is a file path or the name of a built-in scenario (wolfsburg)."},
        footer = {"", "Example: run wolfsburg --url ws://127.0.0.1:8180/ocpp --duration PT60M --time-scale 60",
                "Exit codes: 0 ran without failed calls, 1 calls failed or stations never came online, 2 bad usage."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario file or built-in name")
    String scenario;

    @Option(names = "--url", defaultValue = "ws://127.0.0.1:8180/ocpp",
            description = "CSMS endpoint; each station's id is appended (default: ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--password", description = "Basic-auth password of every station (security profile 1)")
    String password;

    @Option(names = "--duration", defaultValue = "PT1M", description = "wall-clock run time, ISO-8601 (default: ${DEFAULT-VALUE})")
    Duration duration;

    @Option(names = "--time-scale", description = "simulated seconds per second (default: the scenario's)")
    Double timeScale;

    @Option(names = "--seed", description = "random seed (default: the scenario's)")
    Long seed;

    @Option(names = "--stations", description = "only the first N stations of the scenario")
    Integer stations;

    @Mixin
    FaultFlags faults;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FaultOptions faultOptions;
        try {
            faultOptions = faults.options();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (stations != null && stations < 1 || timeScale != null && !(timeScale > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--stations and --time-scale must be positive");
        }
        Scenario loaded = load().with(seed, timeScale, stations);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("scenario %s: %d stations, time scale %.0f, seed %d, against %s%n", loaded.name(),
                loaded.stations().size(), loaded.timeScale(), loaded.seed(), url);
        out.flush();
        ScenarioRun run = ScenarioRunner.start(loaded, url,
                ScenarioRunner.Options.defaults().withPassword(password).withFaults(faultOptions));
        long end = System.nanoTime() + duration.toNanos();
        long every = Math.max(1000, Math.min(10_000, duration.toMillis() / 6));
        while (System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(Math.min(every, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            out.println(describe(run.figures()));
            out.flush();
        }
        ScenarioRun.Figures last = run.figures();
        run.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        out.println("final: " + describe(last));
        out.flush();
        return last.failedCalls() == 0 && last.online() == last.stations() ? 0 : 1;
    }

    private Scenario load() throws IOException {
        Path file = Path.of(scenario);
        try {
            return Files.exists(file) ? Scenario.read(file) : Scenario.builtIn(scenario);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read scenario " + scenario + ": "
                    + e.getMessage());
        }
    }

    private static String describe(ScenarioRun.Figures f) {
        return String.format("stations online %d/%d, sessions started %d, completed %d, refused %d, turned away %d, "
                        + "failed calls %d, queued %d", f.online(), f.stations(), f.sessionsStarted(),
                f.sessionsCompleted(), f.refused(), f.turnedAway(), f.failedCalls(), f.queuedMessages());
    }
}
