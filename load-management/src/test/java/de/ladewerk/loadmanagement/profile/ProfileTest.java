package de.ladewerk.loadmanagement.profile;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.loadmanagement.grid.BaseLoad;
import de.ladewerk.loadmanagement.grid.Evse;
import de.ladewerk.loadmanagement.grid.Grid;
import de.ladewerk.loadmanagement.grid.Site;
import de.ladewerk.loadmanagement.grid.Transformer;
import de.ladewerk.loadmanagement.profile.ProfileChangePolicy.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private static final Instant T = Instant.parse("2026-12-07T17:00:00Z");

    @Test
    void lowerLimitsGoOutAtOnce_raisesAreThrottled() {
        ProfileChangePolicy p = new ProfileChangePolicy(Duration.ofSeconds(60), 1.0);
        assertThat(p.decide(null, null, 10, T)).isEqualTo(Decision.SEND);
        assertThat(p.decide(16.0, T, 10, T.plusSeconds(1))).isEqualTo(Decision.SEND_FIRST);
        assertThat(p.decide(10.0, T, 16, T.plusSeconds(30))).isEqualTo(Decision.HOLD);
        assertThat(p.decide(10.0, T, 16, T.plusSeconds(60))).isEqualTo(Decision.SEND);
        assertThat(p.decide(10.0, T, 10.5, T.plusSeconds(600))).isEqualTo(Decision.HOLD);
        // a waiting car may start at once
        assertThat(p.decide(0.0, T, 6, T.plusSeconds(1))).isEqualTo(Decision.SEND);
    }

    @Test
    void failSafeDefaultsKeepEverySiteWithinItsLimitAtWorstCase() {
        List<Evse> evses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            evses.add(Evse.threePhase("E" + i, "S", 32));
        }
        Grid grid = Grid.of(new Site("S", null, 150, 250, new BaseLoad.Fixed(12)), evses);
        Map<String, Double> d = FailSafe.defaultAmps(grid);
        // (150 − 12) kW / 20 / 690 W = 10.0 A
        assertThat(d).hasSize(20);
        assertThat(d.values()).containsOnly(10.0);
        assertThat(20 * 10.0 * 0.69 + 12).isLessThanOrEqualTo(150);
    }

    @Test
    void failSafeCountsUnmanagedStationsAndTheTransformer() {
        Transformer t = new Transformer("T", 60, null);
        List<Evse> evses = List.of(Evse.threePhase("A1", "A", 32).withCompliant(false), Evse.threePhase("A2", "A", 32),
                Evse.threePhase("B1", "B", 32), Evse.threePhase("B2", "B", 32));
        Grid grid = new Grid(List.of(t), List.of(new Site("A", "T", 100, 250, null), new Site("B", "T", 100, 250, null)), evses);
        Map<String, Double> d = FailSafe.defaultAmps(grid);
        assertThat(d).doesNotContainKey("A1");
        // (60 − 22.08) kW / 3 / 690 W = 18.3 A
        assertThat(d.values()).containsOnly(18.3);
    }
}
