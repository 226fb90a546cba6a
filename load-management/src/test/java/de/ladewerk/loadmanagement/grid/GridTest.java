package de.ladewerk.loadmanagement.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void rotationMapsTheEvsesPhasesToTheGrids() {
        assertThat(PhaseRotation.parse("STR").gridPhase(0)).isEqualTo(Phase.L2);
        assertThat(PhaseRotation.parse("STR").gridPhase(2)).isEqualTo(Phase.L1);
        assertThat(PhaseRotation.parse("TSR").gridPhase(0)).isEqualTo(Phase.L3);
        assertThat(PhaseRotation.parse("NotApplicable")).isEqualTo(PhaseRotation.RST);
        assertThat(PhaseRotation.parse(null)).isEqualTo(PhaseRotation.RST);
        assertThatThrownBy(() -> PhaseRotation.parse("XYZ")).hasMessageContaining("RST, RTS");
    }

    @Test
    void scheduleHoldsFromEachEntryUntilTheNextAndWrapsAtMidnight() {
        BaseLoad.Schedule s = new BaseLoad.Schedule(BERLIN, List.of(
                new BaseLoad.Schedule.Entry(LocalTime.of(18, 0), 40),
                new BaseLoad.Schedule.Entry(LocalTime.of(6, 0), 20)));
        assertThat(s.kwAt(Instant.parse("2026-12-07T17:30:00Z"))).isEqualTo(40); // 18:30 in Berlin
        assertThat(s.kwAt(Instant.parse("2026-12-07T12:00:00Z"))).isEqualTo(20);
        assertThat(s.kwAt(Instant.parse("2026-12-07T03:00:00Z"))).isEqualTo(40); // 04:00: yesterday evening's
        assertThat(s.worstCaseKw()).isEqualTo(40);
    }

    @Test
    void aLiveValueHoldsWhileFresh_thenTheFallback() {
        Instant at = Instant.parse("2026-12-07T17:00:00Z");
        BaseLoad.Live live = new BaseLoad.Live(12, at, Duration.ofMinutes(5), new BaseLoad.Fixed(30));
        assertThat(live.kwAt(at.plusSeconds(299))).isEqualTo(12);
        assertThat(live.kwAt(at.plusSeconds(301))).isEqualTo(30);
        assertThat(live.worstCaseKw()).isEqualTo(30);
        assertThatThrownBy(() -> new BaseLoad.Fixed(-1)).hasMessageContaining(">= 0");
    }

    @Test
    void aGridRefusesDanglingReferencesAndDuplicates() {
        Site s = new Site("S", null, 100, 160, null);
        assertThatThrownBy(() -> Grid.of(s, List.of(Evse.threePhase("E", "X", 32)))).hasMessageContaining("unknown site X");
        assertThatThrownBy(() -> Grid.of(s, List.of(Evse.threePhase("E", "S", 32), Evse.threePhase("E", "S", 16))))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> new Grid(List.of(), List.of(new Site("S", "T", 1, 1, null)), List.of()))
                .hasMessageContaining("unknown transformer T");
        assertThatThrownBy(() -> new Site("S", null, 0, 1, null)).hasMessageContaining("limit in kW");
        assertThatThrownBy(() -> new Evse("E", "S", null, 2, 6, 32, false, true)).hasMessageContaining("1 or 3 phases");
    }
}
