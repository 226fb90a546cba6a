package de.ladewerk.planning.cli;

import de.ladewerk.planning.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the shipped scenarios.")
final class ListCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        for (String name : ScenarioFiles.shippedNames()) {
            spec.commandLine().getOut().println(name + "  " + ScenarioFiles.loadShipped(name).description());
        }
    }
}
