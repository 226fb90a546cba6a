package de.ladewerk.app.demo;

import de.ladewerk.app.auth.GeneratedPasswords;
import de.ladewerk.app.LadewerkApplication;
import de.ladewerk.app.auth.Accounts;
import de.ladewerk.app.auth.persistence.JooqApiTokenRepository;
import de.ladewerk.app.auth.persistence.JooqUserRepository;
import de.ladewerk.app.config.LadewerkConfig;
import de.ladewerk.billing.BillingService;
import de.ladewerk.gateway.query.DemoData;
import de.ladewerk.gateway.query.persistence.JdbcDemoData;
import de.ladewerk.gateway.security.PasswordHasher;
import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.gateway.station.StationRepository;
import de.ladewerk.simulator.behaviour.ChargingStation;
import de.ladewerk.simulator.model.EvseSpec;
import de.ladewerk.simulator.scenario.Scenario;
import de.ladewerk.simulator.scenario.ScenarioRun;
import de.ladewerk.simulator.scenario.ScenarioRunner;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A running Ladewerk with a simulated fleet feeding it: registers the scenario's stations (one
 * generated password, their district and coordinates), creates the scenario's id tokens, publishes and
 * assigns the demo tariffs, registers every simulated meter's public key with billing, and only then
 * lets the stations connect. Used by {@code ladewerk demo} and by the soak test.
 */
public final class DemoNetwork implements AutoCloseable {

    /** Tokens per customer: a household or a small fleet shares a contract. */
    private static final int TOKENS_PER_CUSTOMER = 2;

    private final ScenarioRun run;

    private DemoNetwork(ScenarioRun run) {
        this.run = run;
    }

    /**
     * Seeds the application's database for {@code scenario} and starts the fleet on a Vert.x instance of
     * its own (the gateway's event loops stay the gateway's).
     *
     * @param config  what {@code app} was started with
     * @param options how to run the fleet; the stations' password is generated here
     */
    public static DemoNetwork start(LadewerkApplication app, LadewerkConfig config, Scenario scenario,
                                    ScenarioRunner.Options options) {
        String password = GeneratedPasswords.password();
        // the least Argon2id cost: memory-hard stretching protects guessable passwords, and this one is a random
        // 140-bit secret; so a fleet connecting at once does not queue behind 195 expensive verifications
        String hash = new PasswordHasher(1024, 1).hash(password);
        StationRepository stations = app.gateway().stations();
        List<DemoData.Location> locations = new ArrayList<>();
        for (Scenario.StationSpec s : scenario.stations()) {
            stations.register(s.id(), hash, RegistrationStatus.ACCEPTED);
            locations.add(new DemoData.Location(s.id(), s.district(), s.lat(), s.lon()));
        }
        DemoData data = new JdbcDemoData(app.dataSource());
        data.locate(locations);
        data.createTokens(tokens(scenario.idTokens()));
        BillingService billing = app.billing().service();
        DemoTariffs.publish(billing.tariffs(), scenario.stations());
        ScenarioRun run = ScenarioRunner.prepare(scenario, ocppUri(app, config),
                options.withPassword(password));
        for (ChargingStation station : run.stations()) {
            for (EvseSpec evse : station.model().evses()) {
                billing.registerMeterKey(station.meter(evse.id()).meterSerial(), station.meter(evse.id()).publicKey(), "demo");
            }
        }
        run.begin();
        return new DemoNetwork(run);
    }

    /** The dashboard's accounts on the application's database. */
    static Accounts accounts(LadewerkApplication app, LadewerkConfig config) {
        DSLContext db = DSL.using(app.dataSource(), SQLDialect.POSTGRES);
        return new Accounts(new JooqUserRepository(db), new JooqApiTokenRepository(db),
                new PasswordHasher(config.passwordHashMemoryKib(), 2));
    }

    static List<DemoData.Token> tokens(Scenario.IdTokens spec) {
        List<DemoData.Token> tokens = new ArrayList<>(spec.count());
        for (int i = 1; i <= spec.count(); i++) {
            tokens.add(new DemoData.Token(spec.prefix() + i,
                    String.format("WOB-KD-%05d", (i - 1) / TOKENS_PER_CUSTOMER + 1)));
        }
        return tokens;
    }

    /** The gateway as a station on this machine reaches it. */
    static URI ocppUri(LadewerkApplication app, LadewerkConfig config) {
        return URI.create("ws://127.0.0.1:" + app.ocppPort() + config.gateway().pathPrefix());
    }

    public ScenarioRun run() {
        return run;
    }

    public ScenarioRun.Figures figures() {
        return run.figures();
    }

    /** Stops arrivals and closes the stations' connections (bounded wait). */
    @Override
    public void close() throws Exception {
        run.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
