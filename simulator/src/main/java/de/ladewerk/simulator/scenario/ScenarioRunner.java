package de.ladewerk.simulator.scenario;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.behaviour.ChargingStation;
import de.ladewerk.simulator.behaviour.SimClock;
import de.ladewerk.simulator.fault.FaultOptions;
import de.ladewerk.simulator.model.StationModel;
import de.ladewerk.simulator.station.StationClientOptions;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link Scenario} against a CSMS in this process: one {@link ChargingStation} per station,
 * connected one after the other, each with its own seeded {@link ArrivalPlan}, drivers plugging in,
 * identifying, charging for their dwell time and leaving. The entry point for the app's in-process
 * demo and for the command line.
 */
public final class ScenarioRunner {

    /**
     * How to run.
     *
     * @param password       Basic-auth password of every station (security profile 1); {@code null} for none
     * @param faults         misbehaviour of every station
     * @param connectSpacing wall-clock time between two stations' connects, so a fleet does not connect at once
     */
    public record Options(String password, FaultOptions faults, Duration connectSpacing) {

        public static Options defaults() {
            return new Options(null, FaultOptions.none(), Duration.ofMillis(20));
        }

        public Options withPassword(String value) {
            return new Options(value, faults, connectSpacing);
        }

        public Options withFaults(FaultOptions value) {
            return new Options(password, value, connectSpacing);
        }
    }

    private ScenarioRunner() {
    }

    /** Starts the scenario on the given Vert.x instance; stopping the run leaves the instance running. */
    public static ScenarioRun start(Vertx vertx, Scenario scenario, URI csms, Options options) {
        Instant origin = scenario.start() != null ? scenario.start() : Instant.now();
        SimClock clock = SimClock.startingAt(origin, scenario.timeScale());
        List<FleetStation> fleet = new ArrayList<>();
        for (int i = 0; i < scenario.stations().size(); i++) {
            Scenario.StationSpec spec = scenario.stations().get(i);
            StationClientOptions connection = StationClientOptions.of(csms, spec.id(), version(scenario, spec))
                    .withPassword(options.password());
            ChargingStation station = new ChargingStation(vertx, model(spec), connection, clock,
                    scenario.signedMeterValues(), options.faults().withSeed(options.faults().seed() + i));
            fleet.add(new FleetStation(vertx, station, new ArrivalPlan(scenario, spec, seedOf(scenario, spec), origin)));
        }
        ScenarioRun run = new ScenarioRun(vertx, fleet, false);
        run.begin(options.connectSpacing());
        return run;
    }

    /** Starts the scenario on a Vert.x instance of its own, closed when the run stops. */
    public static ScenarioRun start(Scenario scenario, URI csms, Options options) {
        Vertx vertx = Vertx.vertx();
        ScenarioRun run = start(vertx, scenario, csms, options);
        run.ownsVertx();
        return run;
    }

    /** The arrivals each station would see within {@code horizon} of simulated time (no connection made). */
    public static Map<String, List<Arrival>> plannedArrivals(Scenario scenario, Duration horizon) {
        Instant origin = scenario.start() != null ? scenario.start() : Instant.EPOCH;
        Instant end = origin.plus(horizon);
        Map<String, List<Arrival>> plan = new LinkedHashMap<>();
        for (Scenario.StationSpec spec : scenario.stations()) {
            ArrivalPlan arrivals = new ArrivalPlan(scenario, spec, seedOf(scenario, spec), origin);
            List<Arrival> list = new ArrayList<>();
            for (Arrival a = arrivals.next(); a != null && a.time().isBefore(end); a = arrivals.next()) {
                list.add(a);
            }
            plan.put(spec.id(), list);
        }
        return plan;
    }

    /** Each station's own random stream, fixed by the scenario's seed and the station's id. */
    static long seedOf(Scenario scenario, Scenario.StationSpec spec) {
        return scenario.seed() * 1_000_003L + spec.id().hashCode();
    }

    static OcppVersion version(Scenario scenario, Scenario.StationSpec spec) {
        String v = spec.version() != null ? spec.version() : scenario.version();
        return "2.0.1".equals(v) ? OcppVersion.V201 : OcppVersion.V16;
    }

    /** The station model of a type name: ac11, ac22, dc50, dc150. */
    public static StationModel model(Scenario.StationSpec spec) {
        switch (spec.type()) {
            case "ac11":
                return StationModel.ac11(spec.id());
            case "ac22":
                return StationModel.ac22(spec.id());
            case "dc50":
                return StationModel.dc(spec.id(), 50);
            case "dc150":
                return StationModel.dc(spec.id(), 150);
            default:
                throw new IllegalArgumentException("station " + spec.id() + ": unknown type " + spec.type()
                        + " (use ac11, ac22, dc50, dc150)");
        }
    }
}
