package de.ladewerk.planning.cli;

import de.ladewerk.planning.grid.GridCsv;
import de.ladewerk.planning.grid.GridNetwork;
import de.ladewerk.planning.measured.InMemoryMeasuredSource;
import de.ladewerk.planning.measured.InstalledPortsCsv;
import de.ladewerk.planning.measured.MeasuredNetworkSource;
import de.ladewerk.planning.scenario.Scenario;
import de.ladewerk.planning.scenario.ScenarioFiles;
import de.ladewerk.planning.scenario.ScenarioOverrides;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by run, sweep and compare. */
final class CommonOptions {

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: planning-out/<scenario>).")
    Path out;

    @Option(names = "--installed", paramLabel = "CSV",
            description = "Installed public network, header '" + InstalledPortsCsv.HEADER + "'; enables the gap per district.")
    Path installed;

    @Option(names = "--grid", paramLabel = "CSV",
            description = "Grid file (header '" + GridCsv.HEADER + "') or a shipped grid's name ('"
                    + GridCsv.SHIPPED_WOLFSBURG + "', synthetic); checks every transformer and feeder per quarter hour.")
    String grid;

    @Option(names = "--days", paramLabel = "N", description = "Simulated days (overrides the scenario's load.days).")
    Integer days;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (overrides the scenario's load.seed).")
    Long seed;

    /** A shipped scenario's name, or the path of a YAML file. */
    Scenario scenario(String nameOrFile) throws IOException {
        Path file = Path.of(nameOrFile);
        Scenario s = Files.isRegularFile(file)
                ? ScenarioFiles.parse(Files.readString(file, StandardCharsets.UTF_8))
                : ScenarioFiles.loadShipped(nameOrFile);
        if (days != null) {
            s = ScenarioOverrides.withSetting(s, "load.days", days);
        }
        if (seed != null) {
            s = ScenarioOverrides.withSetting(s, "load.seed", seed);
        }
        return s;
    }

    MeasuredNetworkSource measured() throws IOException {
        if (installed == null) {
            return null;
        }
        return new InMemoryMeasuredSource(InstalledPortsCsv.parse(Files.readString(installed, StandardCharsets.UTF_8)), List.of());
    }

    GridNetwork grid() throws IOException {
        if (grid == null) {
            return null;
        }
        Path file = Path.of(grid);
        return Files.isRegularFile(file)
                ? GridCsv.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8))
                : GridCsv.shipped(grid);
    }

    Path outDir(String defaultName) {
        return out != null ? out : Path.of("planning-out", defaultName.replaceAll("[^A-Za-z0-9._-]", "_"));
    }
}
