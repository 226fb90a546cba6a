package de.ladewerk.planning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.planning.TestScenarios;
import org.junit.jupiter.api.Test;

/** Bad input gets an error naming the field. */
class ScenarioValidationTest {

    private final String yaml = ScenarioFiles.toYaml(TestScenarios.worked());

    @Test
    void a_valid_scenario_survives_a_yaml_round_trip() {
        assertThat(ScenarioFiles.parse(yaml)).isEqualTo(TestScenarios.worked());
    }

    @Test
    void a_year_beyond_the_stated_shares_is_refused_never_copied_from_the_last_year() {
        Scenario later = ScenarioOverrides.withoutValidation(TestScenarios.worked(), "year", 2030);
        assertThatThrownBy(() -> ScenarioValidator.validate(later))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("year: 2030 lies outside the years vehicles.evShare states (2021–2025)")
                .hasMessageContaining("year: 2030 lies outside the years commuters.evShare states (2021–2025)");
        assertThatThrownBy(() -> TestScenarios.worked().vehicles().evShare().shareIn(2030))
                .hasMessageContaining("year 2030 lies outside the stated EV shares (2021–2025)");
        // within the stated years the share is interpolated: 2023 halfway between 10 % and 50 %
        assertThat(TestScenarios.worked().vehicles().evShare().shareIn(2023)).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void a_share_above_100_percent_names_the_field() {
        Scenario bad = ScenarioOverrides.withoutValidation(TestScenarios.worked(), "charging.publicShare", 1.2);
        assertThatThrownBy(() -> ScenarioFiles.parse(ScenarioFiles.toYaml(bad)))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("charging.publicShare.value: is a share and must lie between 0 and 1");
    }

    @Test
    void a_negative_count_names_the_district() {
        String broken = yaml.replace("value: 2000.0", "value: -2000.0");
        assertThatThrownBy(() -> ScenarioFiles.parse(broken))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("districts[1] (B).population.value: must not be negative");
    }

    @Test
    void a_missing_district_list_is_named() {
        String broken = yaml.substring(0, yaml.indexOf("districts:"));
        assertThatThrownBy(() -> ScenarioFiles.parse(broken))
                .hasMessageContaining("districts: is missing");
    }

    @Test
    void a_missing_source_is_named() {
        String broken = yaml.replaceFirst("source: test", "source: \"\"");
        assertThatThrownBy(() -> ScenarioFiles.parse(broken))
                .hasMessageContaining("installedPublicPoints.source: is missing; name the source or write 'assumption'");
    }

    @Test
    void an_unknown_key_is_named_with_its_path() {
        String broken = yaml.replace("kmPerDay:", "kmPerDai:");
        assertThatThrownBy(() -> ScenarioFiles.parse(broken))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("kmPerDai");
    }

    @Test
    void commuter_shares_must_add_up() {
        Scenario bad = ScenarioOverrides.withoutValidation(TestScenarios.worked(), "districts.0.commuterShare", 0.5);
        assertThatThrownBy(() -> ScenarioValidator.validate(bad))
                .hasMessageContaining("districts[*].commuterShare: must add up to 1");
    }

    @Test
    void sweeps_mark_the_changed_figure() {
        Scenario swept = ScenarioOverrides.with(TestScenarios.worked(), "vehicles.externalShare", 0.3);
        assertThat(swept.vehicles().externalShare().value()).isEqualTo(0.3);
        assertThat(swept.vehicles().externalShare().source()).startsWith("sweep: vehicles.externalShare = 0.3");
        assertThatThrownBy(() -> ScenarioOverrides.with(TestScenarios.worked(), "vehicles.nope", 1))
                .hasMessageContaining("no scenario figure at 'vehicles.nope'");
    }
}
