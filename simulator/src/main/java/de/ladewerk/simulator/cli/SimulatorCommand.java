package de.ladewerk.simulator.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The simulator's command line. Exit codes: 0 everything worked, 1 errors occurred (refused
 * connections, failed calls), 2 bad usage.
 */
@Command(name = "ladewerk-simulator", mixinStandardHelpOptions = true, version = "Ladewerk simulator 0.1",
        description = "Simulated OCPP 1.6J / 2.0.1 charge points for any OCPP server.",
        subcommands = {RunCommand.class, ConnectCommand.class, LoadCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 errors occurred, 2 bad usage."})
public final class SimulatorCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (for tests and embedding). */
    public static int execute(String... args) {
        return new CommandLine(new SimulatorCommand()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: run, connect or load");
    }
}
