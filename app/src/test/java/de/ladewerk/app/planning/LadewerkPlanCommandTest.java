package de.ladewerk.app.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.app.cli.Ladewerk;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ladewerk plan …} is the planning command line inside the main one, with its options and exit codes. */
class LadewerkPlanCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Ladewerk.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void plan_list_and_run_work_from_the_main_command_line() throws Exception {
        assertThat(run("plan", "list")).isZero();
        assertThat(out.toString()).contains("wolfsburg-2025-target");
        out.getBuffer().setLength(0);
        assertThat(run("plan", "run", "wolfsburg-2025-target", "--days", "14", "--format", "json", "-o", tmp.toString()))
                .as(err.toString()).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString());
        assertThat(result.at("/scenario/name").asText()).isEqualTo("wolfsburg-2025-target");
        assertThat(result.at("/load/citySizing").size()).isEqualTo(3);
    }

    @Test
    void planning_errors_keep_their_exit_codes_and_messages() {
        assertThat(run("plan", "sweep", "wolfsburg-2025-target", "--param", "year", "--values", "2040", "--days", "7",
                "-o", tmp.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("year: 2040 lies outside the years vehicles.evShare states (2021–2035)");
        assertThat(run("plan", "run")).isEqualTo(2);
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("plan");
    }
}
