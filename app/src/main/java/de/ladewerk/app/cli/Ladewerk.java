package de.ladewerk.app.cli;

import de.ladewerk.app.ExitCodes;
import de.ladewerk.app.PortInUseException;
import de.ladewerk.app.StartBanner;
import de.ladewerk.app.LadewerkApplication;
import de.ladewerk.app.config.ConfigLoader;
import de.ladewerk.app.config.LadewerkConfig;
import de.ladewerk.app.db.DataSources;
import de.ladewerk.app.db.DatabaseLocator;
import de.ladewerk.app.demo.DemoCommand;
import de.ladewerk.gateway.persistence.JooqStationRepository;
import de.ladewerk.gateway.persistence.Migrations;
import de.ladewerk.gateway.security.PasswordHasher;
import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.planning.cli.PlanningCommand;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ladewerk}: run the system, register stations, or plan charging infrastructure ({@code plan}). */
@Command(name = "ladewerk", mixinStandardHelpOptions = true, version = "Ladewerk 0.1.0",
        description = "EV charging management (OCPP 1.6J and 2.0.1) for a city utility.",
        subcommands = {Ladewerk.Run.class, Ladewerk.RegisterStation.class, CreateUser.class, MeterKeyCommand.class, TokenCommand.class,
                DemoCommand.class})
public final class Ladewerk {

    public static void main(String[] args) {
        // jOOQ prints a banner and a tip at first use; operators' logs should carry Ladewerk's lines only.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        String[] effective = args.length == 0 ? new String[] {"run"} : args;
        System.exit(commandLine().execute(effective));
    }

    /**
     * The command line with every subcommand, {@code --help} on each, one-line failures ({@link ExitCodes}), and
     * planning mounted as {@code ladewerk plan list|run|compare|sweep} with planning's own exit codes and messages.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Ladewerk());
        CommandLine.IExecutionExceptionHandler oneLine = new ExitCodes.OneLine();
        cli.getSubcommands().values().forEach(sub -> sub.setExecutionExceptionHandler(oneLine));
        CommandLine plan = PlanningCommand.commandLine();
        cli.addSubcommand(PLAN, plan);
        CommandLine.IExecutionExceptionHandler planning = PlanningCommand.exceptionHandler();
        // picocli asks the top-level handler
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> isPlanning(cmd, plan)
                ? planning.handleExecutionException(e, cmd, parsed) : oneLine.handleExecutionException(e, cmd, parsed));
        return cli;
    }

    private static final String PLAN = "plan";

    private static boolean isPlanning(CommandLine cmd, CommandLine plan) {
        for (CommandLine c = cmd; c != null; c = c.getParent()) {
            if (c == plan) {
                return true;
            }
        }
        return false;
    }

    static LadewerkConfig config(Path file) {
        return new ConfigLoader(System.getenv()).load(file);
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Start the OCPP gateway, the HTTP API and metrics (the default). On a database without "
                    + "users and without LADEWERK_ADMIN_USER it creates the user 'admin' and prints its password once.")
    static final class Run implements Callable<Integer> {
        @Option(names = "--config", description = "YAML configuration file; environment variables override it.")
        Path configFile;

        @Override
        public Integer call() throws Exception {
            LadewerkConfig config = config(configFile);
            LadewerkApplication app = LadewerkApplication.start(config);
            System.out.print(StartBanner.text(config, app));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    app.close();
                } catch (Exception e) {
                    System.err.println("shutdown: " + e.getMessage());
                } finally {
                    stopped.countDown();
                }
            }, "ladewerk-shutdown"));
            stopped.await();
            return 0;
        }
    }

    @Command(name = "register-station", mixinStandardHelpOptions = true, description = "Register a station (or change its password and status).")
    static final class RegisterStation implements Callable<Integer> {
        @Parameters(index = "0", description = "The station's OCPP identity.")
        String id;

        @Option(names = "--password", required = true, description = "Basic-auth password (16–40 characters).")
        String password;

        @Option(names = "--status", defaultValue = "ACCEPTED", description = "ACCEPTED, PENDING or REJECTED.")
        RegistrationStatus status;

        @Option(names = "--config", description = "YAML configuration file.")
        Path configFile;

        @Override
        public Integer call() {
            if (password.length() < 16 || password.length() > 40) {
                System.err.println("password must be 16–40 characters (OCPP BasicAuthPassword)");
                return ExitCodes.USAGE;
            }
            LadewerkConfig config = config(configFile);
            DatabaseLocator.Located db = DatabaseLocator.locate(config.database());
            try (var ds = DataSources.pool(db.settings())) {
                Migrations.migrate(ds, config.database().timescale());
                new JooqStationRepository(DSL.using(ds, SQLDialect.POSTGRES))
                        .register(id, new PasswordHasher(config.passwordHashMemoryKib(), 2).hash(password), status);
            }
            System.out.println("registered " + id + " as " + status);
            return 0;
        }
    }
}
