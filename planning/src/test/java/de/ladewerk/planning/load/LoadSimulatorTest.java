package de.ladewerk.planning.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.ladewerk.planning.TestScenarios;
import de.ladewerk.planning.model.DemandModel;
import de.ladewerk.planning.model.DistrictDemand;
import de.ladewerk.planning.scenario.Scenario;
import de.ladewerk.planning.scenario.ScenarioOverrides;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadSimulatorTest {

    private final Scenario scenario = TestScenarios.worked();
    private final List<DistrictDemand> demand = DemandModel.compute(scenario);

    @Test
    void the_same_seed_gives_the_same_curves() {
        LoadResult first = LoadSimulator.simulate(scenario, demand, Map.of(), true);
        LoadResult second = LoadSimulator.simulate(scenario, demand, Map.of(), true);
        for (int i = 0; i < first.city().size(); i++) {
            LoadCurve a = first.city().get(i).unmanaged().curves().get(0);
            LoadCurve b = second.city().get(i).unmanaged().curves().get(0);
            assertThat(a.p99()).containsExactly(b.p99());
            assertThat(a.mean()).containsExactly(b.mean());
        }
        assertThat(first.districts().get(5).demandedKwh()).isEqualTo(second.districts().get(5).demandedKwh());
    }

    @Test
    void another_seed_gives_other_curves() {
        Scenario other = new Scenario(scenario.name(), scenario.description(), scenario.year(),
                scenario.installedPublicPoints(), scenario.vehicles(), scenario.commuters(), scenario.charging(),
                scenario.grid(), TestScenarios.load(14, 8), scenario.districts(), scenario.hubs());
        double[] a = LoadSimulator.simulate(scenario, demand, Map.of(), false).city().get(0).unmanaged().curves().get(0).mean();
        double[] b = LoadSimulator.simulate(other, demand, Map.of(), false).city().get(0).unmanaged().curves().get(0).mean();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void simulated_energy_matches_the_demand_model_over_many_days() {
        Scenario longer = new Scenario(scenario.name(), scenario.description(), scenario.year(),
                scenario.installedPublicPoints(), scenario.vehicles(), scenario.commuters(), scenario.charging(),
                scenario.grid(), TestScenarios.load(700, 3), scenario.districts(), scenario.hubs());
        LoadResult r = LoadSimulator.simulate(longer, demand, Map.of(), false);
        double modelHomeKwh = demand.stream().mapToDouble(d -> d.energyKwhPerDay().home()).sum();
        SiteLoad home = r.city().get(LocationType.HOME.ordinal());
        // 701 days of sessions (one warm-up day); within 2 % of the model's daily energy
        assertThat(home.demandedKwh() / 701).isCloseTo(modelHomeKwh, within(modelHomeKwh * 0.02));
    }

    @Test
    void city_managed_curves_stay_under_the_summed_site_limits() {
        Scenario tight = ScenarioOverrides.with(scenario, "charging.publicAc.siteLimitShare", 0.05);
        LoadResult r = LoadSimulator.simulate(tight, DemandModel.compute(tight), Map.of(), true);
        SiteLoad ac = r.city().get(LocationType.PUBLIC_AC.ordinal());
        for (LoadCurve c : ac.managed().curves()) {
            assertThat(c.peakP99Kw()).isLessThanOrEqualTo(ac.siteLimitKw() + 1e-6);
        }
        assertThat(ac.unmanaged().curves().get(0).peakP99Kw()).isGreaterThan(ac.siteLimitKw());
    }

    @Test
    void weekday_and_weekend_energy_keep_the_weekly_total() {
        // average 100 kWh, weekend factor 0.5: weekday 700 / 6 = 116.7, weekend 58.3; 5·116.7 + 2·58.3 = 700
        double[] kwh = SiteInput.weekdayAndWeekendKwh(100, 0.5);
        assertThat(kwh[0]).isCloseTo(700 / 6.0, within(1e-9));
        assertThat(5 * kwh[0] + 2 * kwh[1]).isCloseTo(700, within(1e-9));
    }

    @Test
    void nearest_rank_percentiles() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Percentiles.nearestRank(sorted, 0.5)).isEqualTo(5);
        assertThat(Percentiles.nearestRank(sorted, 0.9)).isEqualTo(9);
        assertThat(Percentiles.nearestRank(sorted, 0.99)).isEqualTo(10);
    }

    @Test
    void arrivals_peak_where_the_profile_says() {
        ArrivalDistribution d = ArrivalDistribution.fromPeaks(TestScenarios.profile(18, 2, 1, 1, 1).weekdayArrivals());
        assertThat(d.probability(72)).isGreaterThan(d.probability(40)); // 18:00 vs 10:00
        double[] hourly = new double[24];
        hourly[7] = 1;
        ArrivalDistribution m = ArrivalDistribution.fromHourlyCounts(hourly);
        assertThat(m.probability(28) + m.probability(29) + m.probability(30) + m.probability(31)).isCloseTo(1, within(1e-9));
    }
}
