package de.ladewerk.planning.cli;

import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.PlanningService;
import de.ladewerk.planning.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Runs several scenarios against the same installed network and prints them side by side.",
        footer = {"", "Example: planning compare wolfsburg-2025-pessimistic wolfsburg-2025-target wolfsburg-2025-optimistic"})
final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "Two or more shipped scenario names or YAML files.")
    List<String> scenarios;

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Scenario> loaded = new ArrayList<>();
        for (String name : scenarios) {
            loaded.add(options.scenario(name));
        }
        List<PlanningResult> results = new PlanningService().compare(loaded, options.measured());
        List<String> columns = loaded.stream().map(Scenario::name).toList();
        return SideBySide.report(spec.commandLine().getOut(), columns, results, options.outDir("comparison"));
    }
}
