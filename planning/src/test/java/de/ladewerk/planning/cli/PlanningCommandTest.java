package de.ladewerk.planning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.planning.TestScenarios;
import de.ladewerk.planning.scenario.ScenarioFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PlanningCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = PlanningCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path scenarioFile(String yaml) throws Exception {
        return Files.writeString(tmp.resolve("s.yaml"), yaml);
    }

    @Test
    void run_prints_the_tables_and_writes_csv_json_and_svg() throws Exception {
        Path file = scenarioFile(ScenarioFiles.toYaml(TestScenarios.worked()));
        Path installed = Files.writeString(tmp.resolve("installed.csv"),
                "station_id,district,connectors,max_power_kw,current\nS1,A,50,22,AC\nS2,A,2,150,DC\n");
        Path dir = tmp.resolve("out");
        int code = run("run", file.toString(), "--installed", installed.toString(), "-o", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        // the energy-utilisation count is kept for comparison: 7,000 / 30 → 234 in A, 600 / 30 = 20 in B
        assertThat(out.toString()).contains("(counted by energy utilisation instead: public AC 254, public DC 6")
                .contains("Points sized by occupancy and service level");
        for (String svg : new String[] {"gap-per-district.svg", "load-home.svg", "load-work.svg", "load-public-ac.svg", "load-public-dc.svg"}) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve(svg).toFile()); // well-formed
        }
        JsonNode result = new ObjectMapper().readTree(dir.resolve("result.json").toFile());
        JsonNode sizedAcInA = sizing(result, "A", "PUBLIC_AC");
        assertThat(sizedAcInA.get("pointsByEnergyUtilisation").asLong()).isEqualTo(234);
        // the gap follows the sized count: 50 AC points are installed in A
        assertThat(result.at("/districts/0/gap/gapAcPorts").asLong()).isEqualTo(sizedAcInA.get("points").asLong() - 50);
        assertThat(result.at("/districts/0/demand/ports/publicAc").asLong()).isEqualTo(sizedAcInA.get("points").asLong());
    }

    @Test
    void run_format_json_prints_the_sizing_of_every_district_and_the_city_within_the_service_level() throws Exception {
        Path file = scenarioFile(ScenarioFiles.toYaml(TestScenarios.worked()));
        assertThat(run("run", file.toString(), "--format", "json", "-o", tmp.resolve("j").toString())).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString());
        for (String district : new String[] {"A", "B", "(city)"}) {
            for (String location : new String[] {"WORK", "PUBLIC_AC", "PUBLIC_DC"}) {
                JsonNode s = sizing(result, district, location);
                assertThat(s.get("serviceLevel").asDouble()).isEqualTo(0.05);
                assertThat(s.get("blockingSimulatedWeekdayPeak").asDouble()).as(district + " " + location).isLessThanOrEqualTo(0.05);
                assertThat(s.get("blockingSimulatedWeekendPeak").asDouble()).as(district + " " + location).isLessThanOrEqualTo(0.05);
                assertThat(s.get("points").asLong()).isGreaterThanOrEqualTo(s.get("pointsErlang").asLong());
                assertThat(s.has("peakEvsPluggedIn") && s.has("occupancy") && s.has("energyUtilisation")).isTrue();
            }
        }
        assertThat(run("run", file.toString(), "--format", "xml")).isEqualTo(2);
    }

    private static JsonNode sizing(JsonNode result, String district, String location) {
        JsonNode rows = "(city)".equals(district) ? result.at("/load/citySizing") : result.at("/load/sizing");
        for (JsonNode row : rows) {
            if (row.get("district").asText().equals(district) && row.get("location").asText().equals(location)) {
                return row;
            }
        }
        throw new AssertionError("no sizing for " + district + " " + location + " in " + rows);
    }

    @Test
    void a_bad_scenario_exits_3_naming_the_field() throws Exception {
        Path file = scenarioFile(ScenarioFiles.toYaml(TestScenarios.worked()).replace("value: 0.25", "value: 1.25"));
        assertThat(run("run", file.toString(), "-o", tmp.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("charging.publicShare.value: is a share and must lie between 0 and 1");
    }

    @Test
    void an_unknown_scenario_name_exits_3_and_lists_the_known_ones() {
        assertThat(run("run", "atlantis-2030")).isEqualTo(3);
        assertThat(err.toString()).contains("no shipped scenario 'atlantis-2030'").contains("wolfsburg-2025-target");
    }

    @Test
    void missing_arguments_exit_2_with_usage() {
        assertThat(run("run")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'SCENARIO'");
        assertThat(run("sweep", "x")).isEqualTo(2);
    }

    @Test
    void sweep_and_compare_print_side_by_side() throws Exception {
        Path file = scenarioFile(ScenarioFiles.toYaml(TestScenarios.worked()));
        int code = run("sweep", file.toString(), "--param", "charging.publicAc.utilisation", "--values", "0.125,0.25",
                "-o", tmp.resolve("sweep").toString());
        assertThat(code).as(err.toString()).isZero();
        // the utilisation target only moves the old count: 7,000 / 30 → 234 and 7,000 / 60 → 117 in A; 20 and 10 in B
        assertThat(out.toString()).containsPattern("AC points by energy util.\\s+254\\s+127");
        assertThat(Files.readString(tmp.resolve("sweep/comparison.csv"))).startsWith("metric,charging.publicAc.utilisation=0.125");
        assertThat(run("compare", file.toString(), file.toString(), "-o", tmp.resolve("cmp").toString())).isZero();
        assertThat(tmp.resolve("cmp/public-points-per-district.svg")).exists();
    }

    @Test
    void a_year_sweep_beyond_the_data_exits_3_and_a_year_within_changes_the_result() throws Exception {
        Path file = scenarioFile(ScenarioFiles.toYaml(TestScenarios.worked()));
        assertThat(run("sweep", file.toString(), "--param", "year", "--values", "2025,2030", "-o", tmp.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("year: 2030 lies outside the years vehicles.evShare states (2021–2025)");
        out.getBuffer().setLength(0);
        assertThat(run("sweep", file.toString(), "--param", "year", "--values", "2023,2025", "-o", tmp.toString())).isZero();
        // EV share 30 % in 2023 and 50 % in 2025: 1,800 and 3,000 EVs based in the city
        assertThat(out.toString()).containsPattern("EV share\\s+30.0 %\\s+50.0 %").containsPattern("EVs based in city\\s+1,800\\s+3,000");
    }

    @Test
    void help_lists_subcommands_and_exit_codes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("run", "sweep", "compare", "Exit codes:", "3   invalid scenario");
    }
}
