package de.ladewerk.planning.model;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.planning.TestScenarios;
import de.ladewerk.planning.scenario.Scenario;
import de.ladewerk.planning.scenario.ScenarioOverrides;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Monotonicity the planner relies on, over many random scenarios (seeded, so failures replay). */
class DemandPropertiesTest {

    private static final int CASES = 150;
    private static final String[] PORT_UTILISATIONS = {
        "charging.work.utilisation", "charging.publicAc.utilisation", "charging.publicDc.utilisation"};

    @Test
    void more_evs_never_need_fewer_ports() {
        Random random = new Random(8);
        for (int i = 0; i < CASES; i++) {
            Scenario base = randomScenario(random);
            double share = random.nextDouble() * 0.9;
            Scenario fewer = ScenarioOverrides.with(base, "vehicles.evShare", share);
            Scenario more = ScenarioOverrides.with(base, "vehicles.evShare", share + random.nextDouble() * (1 - share));
            assertNoFewerPorts(DemandModel.compute(more), DemandModel.compute(fewer));
        }
    }

    @Test
    void fewer_external_cars_never_need_fewer_ports() {
        Random random = new Random(9);
        for (int i = 0; i < CASES; i++) {
            Scenario base = randomScenario(random);
            double external = random.nextDouble();
            Scenario moreBasedHere = ScenarioOverrides.with(base, "vehicles.externalShare", external * random.nextDouble());
            Scenario fewerBasedHere = ScenarioOverrides.with(base, "vehicles.externalShare", external);
            assertNoFewerPorts(DemandModel.compute(moreBasedHere), DemandModel.compute(fewerBasedHere));
        }
    }

    @Test
    void a_higher_utilisation_target_never_needs_more_ports() {
        Random random = new Random(10);
        for (int i = 0; i < CASES; i++) {
            Scenario base = randomScenario(random);
            String path = PORT_UTILISATIONS[random.nextInt(PORT_UTILISATIONS.length)];
            double low = 0.01 + random.nextDouble() * 0.5;
            Scenario lowTarget = ScenarioOverrides.with(base, path, low);
            Scenario highTarget = ScenarioOverrides.with(base, path, low + random.nextDouble() * (1 - low));
            assertNoFewerPorts(DemandModel.compute(lowTarget), DemandModel.compute(highTarget));
        }
    }

    private static void assertNoFewerPorts(List<DistrictDemand> larger, List<DistrictDemand> smaller) {
        for (int d = 0; d < larger.size(); d++) {
            PortsNeeded big = larger.get(d).ports();
            PortsNeeded small = smaller.get(d).ports();
            assertThat(big.home()).isGreaterThanOrEqualTo(small.home());
            assertThat(big.work()).isGreaterThanOrEqualTo(small.work());
            assertThat(big.publicAc()).isGreaterThanOrEqualTo(small.publicAc());
            assertThat(big.publicDc()).isGreaterThanOrEqualTo(small.publicDc());
        }
    }

    private static Scenario randomScenario(Random r) {
        Scenario s = TestScenarios.worked();
        String[] shares = {"vehicles.bevShare", "vehicles.phevElectricShare", "charging.homeAccess",
            "charging.workAccess", "charging.publicShare", "charging.publicAcShare", "commuters.publicShare"};
        for (String path : shares) {
            s = ScenarioOverrides.with(s, path, r.nextDouble());
        }
        s = ScenarioOverrides.with(s, "vehicles.kmPerDay", 5 + r.nextDouble() * 60);
        return ScenarioOverrides.with(s, "vehicles.kwhPerKm", 0.12 + r.nextDouble() * 0.15);
    }
}
