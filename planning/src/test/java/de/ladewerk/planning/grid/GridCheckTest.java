package de.ladewerk.planning.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.PlanningService;
import de.ladewerk.planning.TestScenarios;
import de.ladewerk.planning.scenario.Scenario;
import de.ladewerk.planning.scenario.ScenarioOverrides;
import org.junit.jupiter.api.Test;

class GridCheckTest {

    private static final String HEADER = GridCsv.HEADER + "\n";

    @Test
    void loads_go_by_households_and_the_overloaded_quarter_hours_are_named() {
        // A's home load splits 3 : 1 by households; T2 is tiny, so it overloads when home charging runs
        GridNetwork grid = GridCsv.parse("t.csv", "# test grid\n" + HEADER
                + "F1,feeder,,,100000,,,,\n"
                + "T1,transformer,F1,A,100000,0,300,0.5,0.5\n"
                + "T2,transformer,F1,A,40,10,100,0.5,0.5\n");
        PlanningResult r = new PlanningService().run(TestScenarios.worked(), null, false, grid);
        GridResult g = r.grid();
        GridResult.Element t1 = g.transformers().get(0);
        GridResult.Element t2 = g.transformers().get(1);
        assertThat(g.source()).isEqualTo("t.csv: test grid");
        assertThat(t1.overloadedSlotsUnmanaged()).isEmpty();
        assertThat(t2.capacityKw()).isCloseTo(40 * 1.0, within(1e-9)); // cos φ 1 in the worked scenario
        assertThat(t2.overloadedSlotsUnmanaged()).isNotEmpty().allMatch(s -> s.matches("\\d\\d:[0-5][05]"));
        assertThat(g.overloadedTransformersUnmanaged()).isEqualTo(1);
        assertThat(g.districtsWithoutTransformers()).containsExactly("B");
        assertThat(g.feeders().get(0).peakKwUnmanaged()).isGreaterThanOrEqualTo(t1.peakKwUnmanaged());
        assertThat(r.load().districts()).as("curves only for the grid, not kept").isEmpty();
    }

    @Test
    void more_evs_never_unload_a_transformer() {
        GridNetwork grid = GridCsv.parse("t.csv", HEADER + "F1,feeder,,,1000,,,,\nT1,transformer,F1,A,400,100,300,,\n");
        Scenario more = ScenarioOverrides.with(TestScenarios.worked(), "vehicles.externalShare", 0.1);
        double base = new PlanningService().run(TestScenarios.worked(), null, false, grid).grid().transformers().get(0).peakKwUnmanaged();
        double higher = new PlanningService().run(more, null, false, grid).grid().transformers().get(0).peakKwUnmanaged();
        assertThat(higher).isGreaterThan(base);
    }

    @Test
    void the_shipped_synthetic_wolfsburg_grid_covers_every_district_including_the_vw_works() {
        GridNetwork grid = GridCsv.shipped(GridCsv.SHIPPED_WOLFSBURG);
        assertThat(grid.source()).contains("SYNTHETIC");
        assertThat(grid.transformers()).hasSizeGreaterThan(500)
                .anyMatch(t -> t.district().equals("VW-Werk (planning zone)"));
        Scenario target = ScenarioOverrides.withSetting(new PlanningService().load("wolfsburg-2025-target"), "load.days", 14);
        GridResult g = new PlanningService().run(target, null, false, grid).grid();
        assertThat(g.districtsWithoutTransformers()).isEmpty();
        assertThat(g.unknownDistricts()).isEmpty();
        assertThat(g.transformers()).hasSize(grid.transformers().size());
    }

    @Test
    void a_bad_file_names_every_problem_by_line_and_column() {
        assertThatThrownBy(() -> GridCsv.parse("g.csv", HEADER
                + "F1,feeder,,,-5,,,,\n"
                + "T1,transformer,F9,A,400,abc,10,1.5,\n"
                + "T1,trafo,F1,A,400,1,10,,\n"))
                .hasMessageContaining("g.csv line 2, rating_kva: must be greater than 0, got -5.0")
                .hasMessageContaining("g.csv line 3, base_peak_kw: 'abc' is not a number")
                .hasMessageContaining("g.csv line 3, public_ac_share: is a share and must lie between 0 and 1")
                .hasMessageContaining("g.csv line 4: kind must be 'feeder' or 'transformer'")
                .hasMessageContaining("transformer 'T1' names feeder 'F9', which the file does not list");
        assertThatThrownBy(() -> GridCsv.parse("g.csv", "id,rating\n")).hasMessageContaining("header must be");
        assertThatThrownBy(() -> GridCsv.shipped("atlantis")).hasMessageContaining("no shipped grid 'atlantis'");
    }
}
