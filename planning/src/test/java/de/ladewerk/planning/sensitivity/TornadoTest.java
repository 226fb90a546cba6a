package de.ladewerk.planning.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.planning.PlanningService;
import de.ladewerk.planning.TestScenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

class TornadoTest {

    @Test
    void bars_are_ranked_by_swing_and_an_assumption_that_adds_evs_moves_points_up() {
        Tornado.Result r = Tornado.publicPoints(new PlanningService(), TestScenarios.worked(), List.of(
                new Tornado.Range("charging.serviceLevel", 0.04, 0.05),
                new Tornado.Range("vehicles.externalShare", 0.1, 0.9)));
        assertThat(r.bars()).extracting(Tornado.Bar::path).containsExactly("vehicles.externalShare", "charging.serviceLevel");
        Tornado.Bar fleet = r.bars().get(0);
        // a low share of cars based elsewhere means more EVs in the city, so more points
        assertThat(fleet.resultLow()).isGreaterThan(fleet.resultHigh());
        assertThat(fleet.swing()).isEqualTo(fleet.resultLow() - fleet.resultHigh());
        assertThat(Tornado.render(r)).contains("vehicles.externalShare").contains("#");
    }

    @Test
    void a_reversed_range_is_refused() {
        assertThatThrownBy(() -> Tornado.publicPoints(new PlanningService(), TestScenarios.worked(),
                List.of(new Tornado.Range("charging.publicShare", 0.6, 0.3)))).hasMessageContaining("must be below high");
    }
}
