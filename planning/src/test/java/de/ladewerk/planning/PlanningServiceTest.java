package de.ladewerk.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.ladewerk.planning.measured.CurrentType;
import de.ladewerk.planning.measured.InMemoryMeasuredSource;
import de.ladewerk.planning.measured.InstalledPort;
import de.ladewerk.planning.measured.MeasuredUse;
import de.ladewerk.planning.scenario.Scenario;
import de.ladewerk.planning.scenario.ScenarioOverrides;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanningServiceTest {

    private final PlanningService service = new PlanningService();

    /** The shipped scenario with fewer simulated days, to keep the unit tests quick. */
    private Scenario shipped(String name) {
        return ScenarioOverrides.withSetting(service.load(name), "load.days", 56);
    }

    @Test
    void the_shipped_wolfsburg_scenarios_load_with_41_districts() {
        assertThat(service.listScenarios())
                .containsExactly("wolfsburg-2025-target", "wolfsburg-2025-pessimistic", "wolfsburg-2025-optimistic");
        for (String name : service.listScenarios()) {
            Scenario s = service.load(name);
            assertThat(s.name()).isEqualTo(name);
            assertThat(s.districts()).hasSize(41);
            assertThat(s.vehicles().evShare().shareIn(2025)).isEqualTo(0.5);
        }
    }

    @Test
    void the_target_scenario_plans_the_city_as_the_sources_add_up() {
        PlanningResult r = service.run(shipped("wolfsburg-2025-target"), null);
        // ~127,256 residents · 1.13 cars · (1 − 0.5 external) · 0.5 EV ≈ 35,950 EVs
        assertThat(r.city().evs()).isCloseTo(127_256 * 1.13 * 0.5 * 0.5, within(50.0));
        // the register's 1,004 points stand in for the installed network when nothing is measured
        assertThat(r.city().installedPublicPoints()).isEqualTo(1004);
        assertThat(r.city().gapPublicPoints()).isEqualTo(r.city().ports().publicTotal() - 1004);
        assertThat(r.districts()).allSatisfy(d -> assertThat(d.gap()).isNull());
        assertThat(r.load().city()).hasSize(4);
    }

    @Test
    void the_pessimistic_scenario_needs_more_than_the_optimistic_one() {
        CitySummary pessimistic = service.run(shipped("wolfsburg-2025-pessimistic"), null).city();
        CitySummary optimistic = service.run(shipped("wolfsburg-2025-optimistic"), null).city();
        assertThat(pessimistic.ports().publicTotal()).isGreaterThan(optimistic.ports().publicTotal());
        assertThat(pessimistic.overloadedTransformers()).isGreaterThanOrEqualTo(optimistic.overloadedTransformers());
    }

    @Test
    void a_measured_network_gives_the_gap_per_district_and_calibrates_public_ac() {
        Scenario s = shipped("wolfsburg-2025-target");
        double[] starts = new double[24];
        Arrays.fill(starts, 8, 20, 30); // 360 weekday + 360 weekend sessions: enough to calibrate
        MeasuredUse use = new MeasuredUse("Vorsfelde", CurrentType.AC, 90, 2.0, 300, 120,
                new double[24], new double[24], starts, starts, 2.0, 9.0);
        InMemoryMeasuredSource source = new InMemoryMeasuredSource(List.of(
                new InstalledPort("WOB-1", "Vorsfelde", 10, 22, CurrentType.AC),
                new InstalledPort("WOB-2", "Vorsfelde", 2, 150, CurrentType.DC),
                new InstalledPort("WOB-9", "Atlantis", 4, 22, CurrentType.AC)), List.of(use));
        PlanningResult r = service.run(s, source);
        DistrictRow vorsfelde = r.districts().stream().filter(d -> d.demand().district().equals("Vorsfelde")).findFirst().orElseThrow();
        assertThat(vorsfelde.gap().installed().acPorts()).isEqualTo(10);
        assertThat(vorsfelde.gap().gapAcPorts()).isEqualTo(vorsfelde.demand().ports().publicAc() - 10);
        assertThat(vorsfelde.gap().gapKw()).isCloseTo(vorsfelde.demand().publicKw() - 220 - 300, within(1e-9));
        // 300 kWh/day on 220 kW of AC: 300 / (220 · 24)
        assertThat(vorsfelde.baseline().utilisationAc()).isCloseTo(300 / (220.0 * 24), within(1e-12));
        assertThat(r.unknownDistricts()).containsExactly("Atlantis");
        assertThat(r.calibrated()).containsExactly("PUBLIC_AC");
        assertThat(r.city().installedPublicPoints()).isEqualTo(12);
    }
}
