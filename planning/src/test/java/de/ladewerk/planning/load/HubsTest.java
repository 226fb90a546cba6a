package de.ladewerk.planning.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.PlanningService;
import de.ladewerk.planning.TestScenarios;
import de.ladewerk.planning.scenario.Coordinates;
import de.ladewerk.planning.scenario.DistrictSpec;
import de.ladewerk.planning.scenario.Hub;
import de.ladewerk.planning.scenario.Scenario;
import de.ladewerk.planning.scenario.ScenarioException;
import de.ladewerk.planning.scenario.ScenarioValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DC demand goes to the nearest hub; hubs are sized as pools and kept within their grid connection. */
class HubsTest {

    private static Scenario withHubs(List<Hub> hubs) {
        Scenario s = TestScenarios.worked();
        return new Scenario(s.name(), s.description(), s.year(), s.installedPublicPoints(), s.vehicles(), s.commuters(),
                s.charging(), s.grid(), s.load(), s.districts(), hubs);
    }

    // A lies at 52.42/10.78, B at 52.44/10.84
    private static final Hub WEST = new Hub("West", new Coordinates(52.42, 10.70, "test"), TestScenarios.p(150));
    private static final Hub EAST = new Hub("East", new Coordinates(52.44, 10.86, "test"), TestScenarios.p(5000));

    @Test
    void each_district_goes_to_its_nearest_hub() {
        assertThat(HubAssignment.nearest(withHubs(List.of(WEST, EAST)))).isEqualTo(Map.of("A", "West", "B", "East"));
        // A is 5.4 km from West and 5.8 km from East
        assertThat(new Coordinates(52.42, 10.78, "t").kmTo(WEST.site())).isBetween(5.3, 5.6);
    }

    @Test
    void dc_points_stand_at_the_hubs_not_in_the_districts_and_managed_load_keeps_the_connection() {
        PlanningResult r = new PlanningService().run(withHubs(List.of(WEST, EAST)), null);
        assertThat(r.districts()).allSatisfy(d -> assertThat(d.demand().ports().publicDc()).isZero());
        List<HubResult> hubs = r.load().hubs();
        assertThat(hubs).extracting(HubResult::name).containsExactly("West", "East");
        assertThat(hubs.get(0).districts()).containsExactly("A");
        // A's DC energy: 25 % of residents' 4,000 kWh public; commuters' public energy is AC
        assertThat(hubs.get(0).kwhPerDay()).isCloseTo(1_000, org.assertj.core.api.Assertions.within(1e-6));
        long hubPoints = hubs.stream().mapToLong(h -> h.sizing().points()).sum();
        assertThat(hubPoints).isPositive();
        assertThat(r.city().ports().publicDc()).isEqualTo(hubPoints);
        HubResult west = hubs.get(0);
        assertThat(west.managedPeakKw()).isLessThanOrEqualTo(150 + 1e-6);
        assertThat(west.connectionExceededUnmanaged()).isEqualTo(west.unmanagedPeakKw() > 150);
    }

    @Test
    void hubs_need_every_district_centre_and_a_positive_connection() {
        Scenario s = withHubs(List.of(new Hub("Bad", new Coordinates(95, 10, "test"), TestScenarios.p(0))));
        DistrictSpec a = s.districts().get(0);
        Scenario noCentre = new Scenario(s.name(), s.description(), s.year(), s.installedPublicPoints(), s.vehicles(),
                s.commuters(), s.charging(), s.grid(), s.load(), List.of(new DistrictSpec(a.name(), a.population(),
                        a.homeAccess(), TestScenarios.p(1.0), a.transformers(), null)), s.hubs());
        assertThatThrownBy(() -> ScenarioValidator.validate(noCentre)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("hubs[0] (Bad).site: latitude must lie within ±90")
                .hasMessageContaining("hubs[0] (Bad).gridConnectionKw.value: must be greater than 0")
                .hasMessageContaining("districts[0] (A).centre: is missing");
    }
}
