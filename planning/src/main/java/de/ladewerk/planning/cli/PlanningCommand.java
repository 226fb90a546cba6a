package de.ladewerk.planning.cli;

import de.ladewerk.planning.scenario.ScenarioException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code planning}: run, sweep and compare charging-infrastructure scenarios from the command line.
 */
@Command(name = "planning", mixinStandardHelpOptions = true, version = "Ladewerk planning 0.1",
        description = "Plans public and private charging for an EV share, per district, and compares it with the installed network.",
        subcommands = {ListCommand.class, RunCommand.class, SweepCommand.class, CompareCommand.class, TornadoCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:wrong options or arguments", "3:invalid scenario or input file (the message names the field)",
            "4:a file could not be read or written"})
public final class PlanningCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests and embedding (e.g. as {@code ladewerk plan}). */
    public static CommandLine commandLine() {
        return new CommandLine(new PlanningCommand()).setExecutionExceptionHandler(exceptionHandler());
    }

    /**
     * Turns planning's errors into its exit codes with a message naming the problem. A host command line
     * that embeds this one must route its subcommands' errors here, since picocli uses the top-level handler.
     */
    public static CommandLine.IExecutionExceptionHandler exceptionHandler() {
        return (e, cmd, parsed) -> {
            if (e instanceof ScenarioException s) {
                cmd.getErr().println("Invalid scenario:");
                s.problems().forEach(p -> cmd.getErr().println("  " + p));
                return ExitCodes.INVALID_INPUT;
            }
            if (e instanceof IllegalArgumentException) {
                cmd.getErr().println("Invalid input: " + e.getMessage());
                return ExitCodes.INVALID_INPUT;
            }
            if (e instanceof IOException || e instanceof UncheckedIOException) {
                cmd.getErr().println("File error: " + e.getMessage());
                return ExitCodes.IO_ERROR;
            }
            throw e;
        };
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list, run, sweep, compare or tornado");
    }
}
