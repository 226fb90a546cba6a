package de.ladewerk.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.ladewerk.planning.TestScenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of TestScenarios.worked(), computed by hand line by line. */
class DemandModelTest {

    private final List<DistrictDemand> result = DemandModel.compute(TestScenarios.worked());
    private final DistrictDemand a = result.get(0);
    private final DistrictDemand b = result.get(1);

    @Test
    void vehicles_follow_registration_external_share_and_ev_share() {
        // 10,000 residents · 1,000/1,000 = 10,000 cars; half not based here; EV share 0.5 in 2025
        assertThat(a.vehicles().registered()).isEqualTo(10_000);
        assertThat(a.vehicles().based()).isEqualTo(5_000);
        assertThat(a.vehicles().evs()).isEqualTo(2_500);
        assertThat(a.vehicles().bevs()).isCloseTo(1_500, within(1e-9));
        assertThat(a.vehicles().phevs()).isCloseTo(1_000, within(1e-9));
        // 10,000 commuters · share 1 · 0.8 by car · 0.5 EV
        assertThat(a.vehicles().commuterEvs()).isEqualTo(4_000);
    }

    @Test
    void commuters_follow_their_own_ev_share_not_the_citys() {
        var s = de.ladewerk.planning.scenario.ScenarioOverrides.with(TestScenarios.worked(), "commuters.evShare", 0.1);
        DistrictDemand changed = DemandModel.compute(s).get(0);
        // 10,000 commuters · share 1 · 0.8 by car · 0.1 EV; the city's EVs stay as they were
        assertThat(changed.vehicles().commuterEvs()).isCloseTo(800, within(1e-9));
        assertThat(changed.vehicles().evs()).isEqualTo(2_500);
    }

    @Test
    void energy_splits_by_location() {
        // residents: 2,500 · (0.6 + 0.5 · 0.4) · 40 km · 0.2 = 16,000 kWh; public 25 % = 4,000
        // private 12,000 split 0.5 : 0.5 · 0.5 → home 8,000, work 4,000
        // commuters: 4,000 · 0.8 · 50 · 0.2 · 0.5 = 16,000 kWh; 25 % public = 4,000, work 12,000
        // residents' public 4,000 splits 75 % AC / 25 % DC; commuters' public 4,000 is all AC (parked all day)
        EnergyByLocation e = a.energyKwhPerDay();
        assertThat(e.home()).isCloseTo(8_000, within(1e-6));
        assertThat(e.work()).isCloseTo(16_000, within(1e-6));
        assertThat(e.publicAc()).isCloseTo(7_000, within(1e-6));
        assertThat(e.publicDc()).isCloseTo(1_000, within(1e-6));
    }

    @Test
    void ports_from_energy_power_and_utilisation() {
        // AC: 7,000 / (10 kW · 24 h · 0.125) = 233.3 → 234; DC: 1,000 / 240 = 4.2 → 5
        // work: 16,000 / (10 · 24 · 0.05) = 1,333.3 → 1,334; home: 2,500 · 0.5 = 1,250
        assertThat(a.ports()).isEqualTo(new PortsNeeded(1_250, 1_334, 234, 5));
        assertThat(a.publicKw()).isEqualTo(234 * 10 + 5 * 100);
        assertThat(a.afirKw()).isCloseTo(1.3 * 1_500 + 0.8 * 1_000, within(1e-9));
        assertThat(a.evsPerPublicPoint()).isCloseTo(2_500 / 239.0, within(1e-9));
    }

    @Test
    void transformers_fail_where_ev_peak_exceeds_rating() {
        // 1,250 home EVs over 1,000 households: 250 per 200-household transformer
        // peak 200 · 1.5 + 250 · 2.0 = 800 kW: fits 1,000 kVA, not 630 kVA
        assertThat(a.transformers()).hasSize(2);
        TransformerLoad big = a.transformers().get(0);
        assertThat(big.peakKw()).isCloseTo(800, within(1e-9));
        assertThat(big.overloaded()).isFalse();
        assertThat(big.evHeadroom()).isCloseTo(100, within(1e-9));
        assertThat(a.transformers().get(1).overloaded()).isTrue();
        assertThat(a.overloadedTransformers()).isEqualTo(1);
        assertThat(a.transformerCount()).isEqualTo(5);
    }

    @Test
    void district_override_of_home_access_sends_all_private_energy_home() {
        // 2,000 cars, 1,000 based, 500 EVs; 3,200 kWh; 800 public (600 AC, 200 DC); 2,400 home
        assertThat(b.vehicles().evs()).isEqualTo(500);
        assertThat(b.energyKwhPerDay().home()).isCloseTo(2_400, within(1e-6));
        assertThat(b.energyKwhPerDay().work()).isCloseTo(0, within(1e-6));
        assertThat(b.ports()).isEqualTo(new PortsNeeded(500, 0, 20, 1));
        assertThat(b.transformers()).isEmpty();
    }
}
