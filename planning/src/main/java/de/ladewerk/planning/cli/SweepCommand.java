package de.ladewerk.planning.cli;

import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.PlanningService;
import de.ladewerk.planning.scenario.Scenario;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Runs a scenario once per value of one figure and prints the results side by side.",
        footer = {"", "Example: planning sweep wolfsburg-2025-target --param vehicles.externalShare --values 0,0.25,0.5,0.75"})
final class SweepCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "A shipped scenario's name or a YAML file.")
    String scenario;

    @Option(names = "--param", required = true, paramLabel = "PATH",
            description = "The figure to vary, as YAML keys joined by dots, e.g. charging.publicAc.utilisation or vehicles.evShare.")
    String path;

    @Option(names = "--values", required = true, split = ",", paramLabel = "V", description = "Comma-separated values.")
    List<Double> values;

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario s = options.scenario(scenario);
        List<PlanningResult> results = new PlanningService().sweep(s, path, values, options.measured(), options.grid());
        List<String> columns = values.stream().map(v -> path + "=" + v).toList();
        return SideBySide.report(spec.commandLine().getOut(), columns, results, options.outDir(s.name() + "-sweep"));
    }
}
