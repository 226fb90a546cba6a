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
     * @param catchUp        run at the time scale only until simulated time (starting in the past) reaches the
     *                       wall clock, then in real time ({@link SimClock#catchingUp}): for demos that run long
     */
    public record Options(String password, FaultOptions faults, Duration connectSpacing, boolean catchUp) {

        public static Options defaults() {
            return new Options(null, FaultOptions.none(), Duration.ofMillis(20), false);
        }

        public Options withPassword(String value) {
            return new Options(value, faults, connectSpacing, catchUp);
        }

        public Options withFaults(FaultOptions value) {
            return new Options(password, value, connectSpacing, catchUp);
        }

        public Options withCatchUp(boolean value) {
            return new Options(password, faults, connectSpacing, value);
        }
    }

    private ScenarioRunner() {
    }

    /** Starts the scenario on the given Vert.x instance; stopping the run leaves the instance running. */
    public static ScenarioRun start(Vertx vertx, Scenario scenario, URI csms, Options options) {
        ScenarioRun run = prepare(vertx, scenario, csms, options);
        run.begin();
        return run;
    }

    /**
     * Builds the scenario's stations without connecting them yet, so that what a CSMS must know before
     * their first session (e.g. each meter's public key for billing) can be registered first; then
     * {@link ScenarioRun#begin()}.
     */
    public static ScenarioRun prepare(Vertx vertx, Scenario scenario, URI csms, Options options) {
        Instant origin = scenario.start() != null ? scenario.start() : Instant.now();
        SimClock clock = options.catchUp() ? SimClock.catchingUp(origin, scenario.timeScale())
                : SimClock.startingAt(origin, scenario.timeScale());
        List<FleetStation> fleet = new ArrayList<>();
        DriverTokens tokens = new DriverTokens(scenario.idTokens());
        for (int i = 0; i < scenario.stations().size(); i++) {
            Scenario.StationSpec spec = scenario.stations().get(i);
            StationClientOptions connection = StationClientOptions.of(csms, spec.id(), version(scenario, spec))
                    .withPassword(options.password());
            ChargingStation station = new ChargingStation(vertx, model(spec), connection, clock,
                    scenario.signedMeterValues(), options.faults().withSeed(options.faults().seed() + i));
            fleet.add(new FleetStation(vertx, station, new ArrivalPlan(scenario, spec, seedOf(scenario, spec), origin),
                    tokens));
        }
        return new ScenarioRun(vertx, fleet, false, options.connectSpacing());
    }

    /** Starts the scenario on a Vert.x instance of its own, closed when the run stops. */
    public static ScenarioRun start(Scenario scenario, URI csms, Options options) {
        ScenarioRun run = prepare(scenario, csms, options);
        run.begin();
        return run;
    }

    /** {@link #prepare(Vertx, Scenario, URI, Options)} on a Vert.x instance of its own, closed when the run stops. */
    public static ScenarioRun prepare(Scenario scenario, URI csms, Options options) {
        ScenarioRun run = prepare(Vertx.vertx(), scenario, csms, options);
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
