package de.ladewerk.planning;

import de.ladewerk.planning.grid.GridCheck;
import de.ladewerk.planning.grid.GridNetwork;
import de.ladewerk.planning.grid.GridResult;
import de.ladewerk.planning.load.LoadResult;
import de.ladewerk.planning.load.LoadSimulator;
import de.ladewerk.planning.load.LocationType;
import de.ladewerk.planning.measured.MeasuredBaseline;
import de.ladewerk.planning.measured.MeasuredNetworkSource;
import de.ladewerk.planning.model.DemandModel;
import de.ladewerk.planning.model.DistrictDemand;
import de.ladewerk.planning.model.DistrictGap;
import de.ladewerk.planning.scenario.DistrictSpec;
import de.ladewerk.planning.scenario.Scenario;
import de.ladewerk.planning.scenario.ScenarioFiles;
import de.ladewerk.planning.scenario.ScenarioOverrides;
import de.ladewerk.planning.scenario.ScenarioValidator;
import de.ladewerk.planning.sizing.SiteSizing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The planning module's front door, for the command line and the app's HTTP API.
 *
 * <p>Stateless and thread-safe. Runs are CPU-bound (the load simulation uses all cores), so callers
 * on an event loop must run them on a worker thread.
 */
public final class PlanningService {

    /** Names of the scenarios shipped with the module. */
    public List<String> listScenarios() {
        return ScenarioFiles.shippedNames();
    }

    /** A shipped scenario by name; {@link IllegalArgumentException} for an unknown name. */
    public Scenario load(String name) {
        return ScenarioFiles.loadShipped(name);
    }

    /** A scenario from YAML text; {@link de.ladewerk.planning.scenario.ScenarioException} names every bad field. */
    public Scenario parse(String yaml) {
        return ScenarioFiles.parse(yaml);
    }

    /** The scenario as YAML, e.g. for a planner to edit and send back. */
    public String toYaml(Scenario scenario) {
        return ScenarioFiles.toYaml(scenario);
    }

    /** Runs a scenario with city-wide load curves only; {@code measured} may be {@code null}. */
    public PlanningResult run(Scenario scenario, MeasuredNetworkSource measured) {
        return run(scenario, measured, false);
    }

    /**
     * Runs a scenario: demand model, gap to the measured network (if given), load simulation.
     *
     * @param scenario       the scenario (validated again here)
     * @param measured       Ladewerk's measured network, or {@code null} to plan without it
     * @param districtCurves whether to include load curves per district (large: ~41 × 4 sites)
     */
    public PlanningResult run(Scenario scenario, MeasuredNetworkSource measured, boolean districtCurves) {
        return run(scenario, measured, districtCurves, null);
    }

    /**
     * As {@link #run(Scenario, MeasuredNetworkSource, boolean)}, and checks the grid file's transformers and
     * feeders against the simulated loads when {@code grid} is given.
     */
    public PlanningResult run(Scenario scenario, MeasuredNetworkSource measured, boolean districtCurves, GridNetwork grid) {
        ScenarioValidator.validate(scenario);
        List<DistrictDemand> byEnergy = DemandModel.compute(scenario);
        List<String> names = scenario.districts().stream().map(DistrictSpec::name).toList();
        MeasuredBaseline baseline = measured == null ? null : MeasuredBaseline.from(measured, names);
        Map<LocationType, de.ladewerk.planning.load.CalibratedProfile> calibration =
                baseline == null ? Map.of() : baseline.calibration();
        LoadResult load = LoadSimulator.simulate(scenario, byEnergy, calibration, districtCurves || grid != null);
        GridResult gridResult = grid == null ? null
                : GridCheck.check(grid, names, load.districts(), scenario.grid().cosPhi().value());
        if (grid != null && !districtCurves) { // the curves were needed for the grid only; keep the result small
            load = new LoadResult(load.days(), load.seed(), load.city(), List.of(), load.sizing(), load.citySizing(),
                    load.hubs());
        }
        List<DistrictDemand> demand = sized(scenario, byEnergy, load.sizing());
        List<DistrictRow> rows = new ArrayList<>();
        for (int i = 0; i < demand.size(); i++) {
            DistrictDemand d = demand.get(i);
            rows.add(baseline == null
                    ? new DistrictRow(d, null, null)
                    : new DistrictRow(d, DistrictGap.of(d, baseline.districts().get(i).installed()), baseline.districts().get(i)));
        }
        Set<String> calibrated = new TreeSet<>();
        calibration.keySet().forEach(l -> calibrated.add(l.name()));
        return new PlanningResult(scenario, CitySummaries.of(scenario, demand, byEnergy, load.hubs(), baseline), rows, load,
                baseline != null, calibrated, baseline == null ? Set.of() : baseline.unknownDistricts(), gridResult);
    }

    /** Work and public points as sized by occupancy and service level replace the energy-utilisation counts. */
    private static List<DistrictDemand> sized(Scenario scenario, List<DistrictDemand> demand, List<SiteSizing> sizing) {
        Map<String, Long> points = new HashMap<>();
        sizing.forEach(s -> points.put(s.district() + "\u0000" + s.location(), s.points()));
        return demand.stream().map(d -> DemandModel.withSizedPorts(d,
                points.getOrDefault(d.district() + "\u0000" + LocationType.WORK.name(), d.ports().work()),
                points.getOrDefault(d.district() + "\u0000" + LocationType.PUBLIC_AC.name(), d.ports().publicAc()),
                points.getOrDefault(d.district() + "\u0000" + LocationType.PUBLIC_DC.name(), d.ports().publicDc()),
                scenario.charging())).toList();
    }

    /** Runs the scenario once per value of the figure at {@code path}, e.g. {@code vehicles.externalShare}. */
    public List<PlanningResult> sweep(Scenario scenario, String path, List<Double> values, MeasuredNetworkSource measured) {
        return sweep(scenario, path, values, measured, null);
    }

    /** As above, each run also checked against {@code grid} when given. */
    public List<PlanningResult> sweep(Scenario scenario, String path, List<Double> values, MeasuredNetworkSource measured,
                                      GridNetwork grid) {
        return values.stream().map(v -> run(ScenarioOverrides.with(scenario, path, v), measured, false, grid)).toList();
    }

    /** Runs several scenarios against the same measured network, for side-by-side comparison. */
    public List<PlanningResult> compare(List<Scenario> scenarios, MeasuredNetworkSource measured) {
        return scenarios.stream().map(s -> run(s, measured)).toList();
    }
}
