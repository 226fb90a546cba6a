package de.ladewerk.planning;

import de.ladewerk.planning.scenario.ArrivalPeak;
import de.ladewerk.planning.scenario.ChargerClass;
import de.ladewerk.planning.scenario.Charging;
import de.ladewerk.planning.scenario.Commuters;
import de.ladewerk.planning.scenario.Coordinates;
import de.ladewerk.planning.scenario.DistrictSpec;
import de.ladewerk.planning.scenario.Grid;
import de.ladewerk.planning.scenario.LoadSettings;
import de.ladewerk.planning.scenario.LocationProfile;
import de.ladewerk.planning.scenario.Param;
import de.ladewerk.planning.scenario.Scenario;
import de.ladewerk.planning.scenario.ShareTrajectory;
import de.ladewerk.planning.scenario.TransformerGroup;
import de.ladewerk.planning.scenario.Vehicles;
import de.ladewerk.planning.scenario.YearShare;
import java.util.List;

/** Small scenarios with round numbers, so tests can check results computed by hand. */
public final class TestScenarios {

    private TestScenarios() {
    }

    public static Param p(double value) {
        return new Param(value, "test");
    }

    /**
     * Two districts. Worked by hand in DemandModelTest: A has 2,500 EVs and 4,000 commuter EVs,
     * B has 500 EVs and full home access.
     */
    public static Scenario worked() {
        Vehicles vehicles = new Vehicles(p(1000), p(0.5),
                new ShareTrajectory(List.of(new YearShare(2021, 0.1, "test"), new YearShare(2025, 0.5, "test"))),
                p(0.6), p(0.5), p(40), p(0.2));
        Commuters commuters = new Commuters(p(10_000), p(0.8), p(50), p(0.25),
                new ShareTrajectory(List.of(new YearShare(2021, 0.1, "test"), new YearShare(2025, 0.5, "test"))));
        Charging charging = new Charging(p(0.5), p(0.5), p(0.25), p(0.75),
                new ChargerClass(p(11), null, p(0.5)),
                new ChargerClass(p(10), p(0.05), p(0.5)),
                new ChargerClass(p(10), p(0.125), p(0.5)),
                new ChargerClass(p(100), p(0.1), p(0.5)), p(0.05));
        Grid grid = new Grid(p(1.5), p(2.0), p(1.0));
        DistrictSpec a = new DistrictSpec("A", p(10_000), null, p(1.0), List.of(
                new TransformerGroup(p(4), p(1000), p(200)),
                new TransformerGroup(p(1), p(630), p(200))), new Coordinates(52.42, 10.78, "test"));
        DistrictSpec b = new DistrictSpec("B", p(2_000), p(1.0), p(0.0), List.of(), new Coordinates(52.44, 10.84, "test"));
        return new Scenario("worked", "hand-computed example", 2025, p(100),
                vehicles, commuters, charging, grid, load(14, 7), List.of(a, b), List.of());
    }

    public static LoadSettings load(int days, long seed) {
        return new LoadSettings(days, seed,
                profile(18, 2, 12, 10, 1.1),
                profile(8, 1, 8, 8, 0.2),
                profile(12, 3, 3, 10, 0.9),
                profile(13, 3, 0.5, 25, 1.0));
    }

    public static LocationProfile profile(double hour, double sd, double dwell, double kwh, double weekend) {
        List<ArrivalPeak> peaks = List.of(new ArrivalPeak(hour, sd, 1, "test"));
        return new LocationProfile(peaks, peaks, p(dwell), p(0.3), p(kwh), p(0.3), p(weekend));
    }
}
