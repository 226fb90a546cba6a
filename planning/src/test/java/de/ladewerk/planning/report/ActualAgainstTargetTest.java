package de.ladewerk.planning.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.PlanningService;
import de.ladewerk.planning.TestScenarios;
import de.ladewerk.planning.measured.MonthlyPoints;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActualAgainstTargetTest {

    private final PlanningResult result = new PlanningService().run(TestScenarios.worked(), null);

    @Test
    void the_target_runs_straight_from_the_first_measured_month_to_the_points_needed_in_december() {
        List<MonthlyPoints> measured = List.of(
                new MonthlyPoints("A", YearMonth.of(2025, 1), 40, 30),
                new MonthlyPoints("A", YearMonth.of(2025, 2), 44, 41));
        List<ActualAgainstTarget.Row> rows = ActualAgainstTarget.of(result, measured);
        long needed = result.districts().get(0).demand().ports().publicTotal();
        List<ActualAgainstTarget.Row> a = rows.stream().filter(r -> r.district().equals("A")).toList();
        assertThat(a).hasSize(12);
        assertThat(a.get(0).targetPoints()).isEqualTo(40);
        assertThat(a.get(11).targetPoints()).isCloseTo(needed, within(1e-9));
        assertThat(a.get(1).installedPoints()).isEqualTo(44);
        assertThat(a.get(1).usedPoints()).isEqualTo(41);
        assertThat(a.get(2).installedPoints()).isNull(); // not measured: no made-up value
        // B has no measured points: its line starts at 0
        assertThat(rows.stream().filter(r -> r.district().equals("B")).findFirst().orElseThrow().targetPoints()).isZero();
    }

    @Test
    void nothing_measured_gives_no_rows_and_a_year_before_the_data_is_refused() {
        assertThat(ActualAgainstTarget.of(result, List.of())).isEmpty();
        assertThatThrownBy(() -> ActualAgainstTarget.of(result, List.of(new MonthlyPoints("A", YearMonth.of(2026, 3), 1, 1))))
                .hasMessageContaining("ends before the first measured month 2026-03");
    }
}
