package de.ladewerk.app.demo;

import de.ladewerk.app.auth.GeneratedPasswords;
import de.ladewerk.app.LadewerkApplication;
import de.ladewerk.app.StartBanner;
import de.ladewerk.app.config.ConfigLoader;
import de.ladewerk.app.config.LadewerkConfig;
import de.ladewerk.simulator.scenario.Scenario;
import de.ladewerk.simulator.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ladewerk demo}: Ladewerk with the Wolfsburg fleet simulated in the same process. The last
 * hours are replayed fast so the network is busy at once; from then on the fleet runs in real time.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Start Ladewerk with a simulated Wolfsburg fleet feeding it (a fresh demo "
        + "database each time); open http://localhost:8080 and log in with the printed password.")
public final class DemoCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);
    static final String ADMIN = "demo-admin";

    @Option(names = "--config", description = "YAML configuration file; environment variables override it.")
    Path configFile;

    @Option(names = "--stations", description = "How many of the scenario's 195 stations to run (default: all).")
    Integer stations;

    @Option(names = "--time-scale", defaultValue = "60",
            description = "Simulated seconds per wall second while replaying (default ${DEFAULT-VALUE}).")
    double timeScale;

    @Option(names = "--replay", defaultValue = "PT1H",
            description = "Simulated history before now to replay at the time scale (default ${DEFAULT-VALUE}).")
    Duration replay;

    @Option(names = "--keep-data", description = "Keep the demo database of the last run instead of resetting it.")
    boolean keepData;

    @Option(names = "--no-faults", description = "No station faults or connection drops now and then.")
    boolean noFaults;

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        String database = DemoDatabase.prepare(env, keepData);
        String adminPassword = GeneratedPasswords.password();
        env.putIfAbsent("LADEWERK_ADMIN_USER", ADMIN);
        env.putIfAbsent("LADEWERK_ADMIN_PASSWORD", adminPassword);
        // the demo's invoices need a letterhead; a made-up utility unless the operator configured one
        env.putIfAbsent("LADEWERK_INVOICE_ISSUER_NAME", "Stadtwerke Demo GmbH (Beispiel)");
        env.putIfAbsent("LADEWERK_INVOICE_ISSUER_ADDRESS", "Musterstraße 1 | 38440 Wolfsburg");
        env.putIfAbsent("LADEWERK_INVOICE_ISSUER_VAT_ID", "DE000000000");
        LadewerkConfig config = new ConfigLoader(env).load(configFile);
        LadewerkApplication app = LadewerkApplication.start(config);
        if (adminPassword.equals(env.get("LADEWERK_ADMIN_PASSWORD")) && keepData) {
            // the admin of a kept database still has the last run's password; this run's is the one printed
            DemoNetwork.accounts(app, config).changePassword(env.get("LADEWERK_ADMIN_USER"), adminPassword);
        }
        DemoNetwork network;
        DemoFaults faults = null;
        try {
            Scenario scenario = Scenario.builtIn("wolfsburg").with(null, timeScale, stations)
                    .withStart(Instant.now().minus(replay));
            network = DemoNetwork.start(app, config, scenario, ScenarioRunner.Options.defaults().withCatchUp(true));
            if (!noFaults) {
                faults = new DemoFaults(network.run().stations(), 45);
            }
        } catch (Exception e) {
            app.close();
            throw e;
        }
        printBanner(config, app, database, env, adminPassword, network.run().stations().size());
        ScheduledExecutorService report = Executors.newSingleThreadScheduledExecutor();
        report.scheduleAtFixedRate(() -> LOG.info("demo: {}", network.figures()), 15, 30, TimeUnit.SECONDS);
        CountDownLatch stopped = new CountDownLatch(1);
        DemoFaults startedFaults = faults;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                report.shutdownNow();
                if (startedFaults != null) {
                    startedFaults.close();
                }
                network.close();
                app.close();
            } catch (Exception e) {
                System.err.println("demo shutdown: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "ladewerk-demo-shutdown"));
        stopped.await();
        return 0;
    }

    private void printBanner(LadewerkConfig config, LadewerkApplication app, String database, Map<String, String> env,
                             String adminPassword, int fleet) {
        String host = StartBanner.browsable(config.http().host());
        boolean ours = adminPassword.equals(env.get("LADEWERK_ADMIN_PASSWORD"));
        System.out.printf("%n  Ladewerk demo: %d simulated Wolfsburg stations, the last %s replayed at %.0fx, then real time%n"
                        + "  Dashboard:  http://%s:%d%n"
                        + "  Log in:     %s / %s%n"
                        + "  Data:       %s%n"
                        + "  OCPP:       ws://%s:%d%s/<identity>%n"
                        + "  Stop with Ctrl-C.%n%n",
                fleet, replay.toString().substring(2).toLowerCase(), timeScale, host, app.httpPort(),
                env.get("LADEWERK_ADMIN_USER"), ours ? adminPassword + "  (generated for this run)"
                        : "(the password from LADEWERK_ADMIN_PASSWORD)",
                database, host, app.ocppPort(), config.gateway().pathPrefix());
    }
}
