package de.ladewerk.planning.cli;

import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.PlanningService;
import de.ladewerk.planning.report.ReportFiles;
import de.ladewerk.planning.report.TextReport;
import de.ladewerk.planning.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs one scenario: prints the city summary and a table per district, writes CSV, JSON and SVG charts.")
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "A shipped scenario's name (see 'planning list') or a YAML file.")
    String scenario;

    @Option(names = "--district-curves", description = "Also keep load curves per district in result.json.")
    boolean districtCurves;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What to print: text (tables) or json (the whole result, as result.json). Default: ${DEFAULT-VALUE}.")
    Format format;

    /** What {@code run} prints on the screen. */
    enum Format { text, json }

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario s = options.scenario(scenario);
        PlanningResult result = new PlanningService().run(s, options.measured(), districtCurves, options.grid());
        PrintWriter out = spec.commandLine().getOut();
        Path dir = options.outDir(s.name());
        ReportFiles.write(result, dir);
        if (format == Format.json) {
            out.println(ReportFiles.json(result)); // only JSON on stdout, so it can be piped
        } else {
            out.print(TextReport.render(result));
            out.println("\nWrote CSV, JSON and SVG charts to " + dir.toAbsolutePath());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
