package de.ladewerk.planning.cli;

import de.ladewerk.planning.PlanningService;
import de.ladewerk.planning.scenario.Scenario;
import de.ladewerk.planning.sensitivity.Tornado;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tornado", mixinStandardHelpOptions = true,
        description = "Sets each top assumption to a low and a high value, one at a time, and ranks them by how far they move"
                + " the public points needed.",
        footer = {"", "Example: planning tornado wolfsburg-2025-target --days 200",
            "         planning tornado wolfsburg-2025-target --range charging.publicShare=0.3:0.6"})
final class TornadoCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "A shipped scenario's name or a YAML file.")
    String scenario;

    @Option(names = "--range", paramLabel = "PATH=LOW:HIGH",
            description = "An assumption and its range; repeatable. Default: the top assumptions of docs/planning-method.md.")
    List<String> ranges;

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario s = options.scenario(scenario);
        Tornado.Result result = Tornado.publicPoints(new PlanningService(), s, parse(ranges));
        PrintWriter out = spec.commandLine().getOut();
        out.print(Tornado.render(result));
        out.flush();
        return ExitCodes.OK;
    }

    static List<Tornado.Range> parse(List<String> texts) {
        if (texts == null || texts.isEmpty()) {
            return Tornado.TOP_ASSUMPTIONS;
        }
        List<Tornado.Range> parsed = new ArrayList<>();
        for (String t : texts) {
            String[] pathAndRange = t.split("=", 2);
            String[] lowHigh = pathAndRange.length == 2 ? pathAndRange[1].split(":", 2) : new String[0];
            try {
                if (lowHigh.length != 2) {
                    throw new NumberFormatException();
                }
                parsed.add(new Tornado.Range(pathAndRange[0], Double.parseDouble(lowHigh[0]), Double.parseDouble(lowHigh[1])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--range '" + t + "': write PATH=LOW:HIGH, e.g. charging.publicShare=0.3:0.6");
            }
        }
        return parsed;
    }
}
