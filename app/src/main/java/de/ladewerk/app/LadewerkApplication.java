package de.ladewerk.app;

import com.zaxxer.hikari.HikariDataSource;
import de.ladewerk.app.api.ApiRoutes;
import de.ladewerk.app.api.ApiListener;
import de.ladewerk.app.api.ApiVerticle;
import de.ladewerk.app.api.GridRoutes;
import de.ladewerk.app.api.CommandRoutes;
import de.ladewerk.app.api.DeviceModelRoutes;
import de.ladewerk.app.api.HealthRoutes;
import de.ladewerk.app.api.IdTokenRoutes;
import de.ladewerk.app.api.ReservationRoutes;
import de.ladewerk.app.api.StationAdminRoutes;
import de.ladewerk.app.api.SessionRoutes;
import de.ladewerk.app.api.SignedMeterValueRoutes;
import de.ladewerk.app.api.SecurityEventRoutes;
import de.ladewerk.app.api.StationPendingRoutes;
import de.ladewerk.app.api.StationRoutes;
import de.ladewerk.app.auth.AccessGuard;
import de.ladewerk.app.auth.AccessPolicy;
import de.ladewerk.app.auth.AccountRoutes;
import de.ladewerk.app.auth.Accounts;
import de.ladewerk.app.auth.AuthRoutes;
import de.ladewerk.app.auth.FirstAdmin;
import de.ladewerk.app.auth.LoginBackoff;
import de.ladewerk.app.auth.LoginThrottle;
import de.ladewerk.app.auth.WebSessions;
import de.ladewerk.app.auth.persistence.AppMigrations;
import de.ladewerk.app.auth.persistence.JooqApiTokenRepository;
import de.ladewerk.app.auth.persistence.JooqUserRepository;
import de.ladewerk.app.events.EventRoutes;
import de.ladewerk.app.events.LiveEventHub;
import de.ladewerk.app.web.DashboardRoutes;
import de.ladewerk.app.web.DashboardSettingsRoutes;
import de.ladewerk.app.web.LivePowerRoutes;
import de.ladewerk.app.web.OpenApiRoutes;
import de.ladewerk.app.web.StaticRoutes;
import de.ladewerk.app.web.persistence.JooqFaultAcknowledgements;
import de.ladewerk.app.api.StationSecurityRoutes;
import de.ladewerk.app.api.PlanningRoutes;
import de.ladewerk.app.billing.BillingModule;
import de.ladewerk.app.planning.PlanningRuns;
import de.ladewerk.app.planning.GatewayMeasuredNetworkSource;
import de.ladewerk.planning.PlanningService;
import de.ladewerk.app.config.LadewerkConfig;
import de.ladewerk.app.db.DataSources;
import de.ladewerk.app.db.DatabaseLocator;
import de.ladewerk.billing.persistence.BillingDatabase;
import de.ladewerk.gateway.Gateway;
import de.ladewerk.gateway.loadmanagement.persistence.JdbcGridAdministration;
import de.ladewerk.gateway.admission.ConnectionRefusals;
import de.ladewerk.gateway.persistence.JooqSecurityEventQueries;
import de.ladewerk.gateway.persistence.JooqStationQueries;
import de.ladewerk.gateway.persistence.Migrations;
import de.ladewerk.gateway.query.persistence.JdbcEndedSessions;
import de.ladewerk.gateway.query.persistence.JdbcMeasuredUseQueries;
import de.ladewerk.gateway.query.persistence.JdbcMonthlyPointsQueries;
import de.ladewerk.gateway.query.persistence.JooqDashboardQueries;
import de.ladewerk.gateway.query.persistence.JooqLivePowerQueries;
import de.ladewerk.gateway.query.persistence.JooqSignedMeterValueQueries;
import de.ladewerk.gateway.security.PasswordHasher;
import de.ladewerk.gateway.storage.StorageLayout;
import de.ladewerk.gateway.session.SessionWiring;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: locates the database, migrates it, and starts the gateway and the HTTP API.
 * All wiring of the running system happens here, by constructors.
 */
public final class LadewerkApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LadewerkApplication.class);

    private final Vertx vertx;
    private final HikariDataSource dataSource;
    private final DatabaseLocator.Located database;
    private final Gateway gateway;
    private final ApiVerticle api;
    private final BillingModule billing;
    private final Optional<FirstAdmin.Created> firstLogin;

    private LadewerkApplication(Vertx vertx, HikariDataSource dataSource, DatabaseLocator.Located database,
                                Gateway gateway, ApiVerticle api, BillingModule billing,
                                Optional<FirstAdmin.Created> firstLogin) {
        this.vertx = vertx;
        this.dataSource = dataSource;
        this.database = database;
        this.gateway = gateway;
        this.api = api;
        this.billing = billing;
        this.firstLogin = firstLogin;
    }

    /** Starts everything; blocks until it listens or fails. */
    public static LadewerkApplication start(LadewerkConfig config) throws Exception {
        DatabaseLocator.Located database = DatabaseLocator.locate(config.database());
        HikariDataSource dataSource = DataSources.pool(database.settings());
        StorageLayout storage = Migrations.migrate(dataSource, config.database().timescale());
        AppMigrations.migrate(dataSource);
        BillingDatabase.migrate(dataSource);
        LOG.info("database ready: {} (schemas ocpp, app and billing migrated)", database.description());
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(prometheus);
        new JvmThreadMetrics().bindTo(prometheus);
        new ProcessorMetrics().bindTo(prometheus);
        PasswordHasher hasher = new PasswordHasher(config.passwordHashMemoryKib(), 2);
        DSLContext db = DSL.using(dataSource, SQLDialect.POSTGRES);
        Accounts accounts = new Accounts(new JooqUserRepository(db), new JooqApiTokenRepository(db), hasher);
        Optional<FirstAdmin.Created> firstLogin = FirstAdmin.ensure(accounts, config.auth());
        LiveEventHub liveEvents = new LiveEventHub(1000, prometheus);
        Vertx vertx = Vertx.vertx();
        try {
            JooqStationQueries stations = new JooqStationQueries(db);
            BillingModule billing = BillingModule.start(vertx, dataSource, config.billing(), stations,
                    new JdbcEndedSessions(dataSource), prometheus, Clock.systemUTC());
            Gateway gateway = PortInUseException.whenBinding(() -> await(Gateway.start(vertx, config.gateway(),
                    dataSource, prometheus, hasher, SessionWiring.defaults().withEnded(billing.sessionEnded())
                            .withPricing(billing.pricing()).withLive(liveEvents), config.stationSecretKey())),
                    ocppPorts(config));
            JooqDashboardQueries dashboard = new JooqDashboardQueries(db);
            WebSessions sessions = new WebSessions(config.auth().sessionIdle(), config.auth().sessionMaxAge(), Clock.systemUTC());
            List<ApiRoutes> routes = new ArrayList<>(List.of(
                    // an open database breaker answers at once; else a ping (bounded by the health check's timeout)
                    new HealthRoutes(() -> gateway.databaseAvailable() && stations.ping(), gateway::listening, prometheus,
                            storage, () -> gateway.maintenance().status()),
                    new OpenApiRoutes(),
                    new AuthRoutes(accounts, sessions,
                            new LoginBackoff(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Clock.systemUTC()),
                            new LoginThrottle(20, Duration.ofMinutes(15), Clock.systemUTC())),
                    new AccountRoutes(accounts, sessions),
                    new EventRoutes(liveEvents, sessions),
                    new StationRoutes(stations),
                    new StationAdminRoutes(gateway.stations(), hasher),
                    new CommandRoutes(gateway.operator().commands(), gateway.operator().commandQueries()),
                    new IdTokenRoutes(gateway.operator().tokens(), gateway.operator().localLists()),
                    new ReservationRoutes(gateway.operator().reservations()),
                    new SessionRoutes(gateway.sessions(), Clock.systemUTC()),
                    new SignedMeterValueRoutes(new JooqSignedMeterValueQueries(db)),
                    new StationSecurityRoutes(gateway.security()),
                    new StationPendingRoutes(gateway.stations(), gateway.connections(), gateway.operator().commands()),
                    new DeviceModelRoutes(gateway.reports()),
                    new GridRoutes(new JdbcGridAdministration(dataSource), gateway.loadManagement()::reallocate, Clock.systemUTC()),
                    new SecurityEventRoutes(new JooqSecurityEventQueries(DSL.using(dataSource, SQLDialect.POSTGRES)))));
            routes.addAll(billing.routes());
            routes.add(new PlanningRoutes(new PlanningService(),
                    new GatewayMeasuredNetworkSource(new JdbcMeasuredUseQueries(dataSource),
                            new JdbcMonthlyPointsQueries(dataSource), config.planning(), Clock.systemUTC()), new PlanningRuns()));
            routes.add(new DashboardRoutes(dashboard, new JooqFaultAcknowledgements(db), Clock.systemUTC()));
            routes.add(new DashboardSettingsRoutes(config.planning().zone(), config.http().mapTileUrl()));
            routes.add(new LivePowerRoutes(new JooqLivePowerQueries(db), Clock.systemUTC()));
            routes.add(new StaticRoutes(config.http().mapTileUrl())); // last: serves whatever no API route answered
            ApiVerticle api = new ApiVerticle(config.http().host(), config.http().port(),
                    new AccessGuard(new AccessPolicy(), sessions, accounts), routes,
                    new ApiListener(config.http().limits(), config.http().idleTimeout(),
                            new ConnectionRefusals(prometheus, "api")));
            PortInUseException.whenBinding(() -> await(vertx.deployVerticle(api)),
                    "HTTP port " + config.http().port() + " (http.port / LADEWERK_HTTP_PORT)");
            LOG.debug("Ladewerk runs: OCPP on ws://{}:{}{}/<identity>, API on http://{}:{} ({})",
                    config.gateway().host(), gateway.port(), config.gateway().pathPrefix(), config.http().host(),
                    api.actualPort(), database.description());
            if (config.gateway().tls().enabled()) {
                LOG.debug("OCPP over TLS (security profiles 2 and 3) on wss://{}:{}{}/<identity>",
                        config.gateway().host(), gateway.tlsPort(), config.gateway().pathPrefix());
            }
            return new LadewerkApplication(vertx, dataSource, database, gateway, api, billing, firstLogin);
        } catch (Exception e) {
            vertx.close();
            dataSource.close();
            throw e;
        }
    }

    /** The OCPP port(s) and their settings, as a port clash names them. */
    private static String ocppPorts(LadewerkConfig config) {
        String plain = "OCPP port " + config.gateway().port() + " (gateway.port / LADEWERK_OCPP_PORT)";
        return config.gateway().tls().enabled() ? plain + " or TLS port " + config.gateway().tls().port()
                + " (gateway.tls.port / LADEWERK_TLS_PORT)" : plain;
    }

    /** The admin login this start created because no user existed (shown once), if any. */
    public Optional<FirstAdmin.Created> firstLogin() {
        return firstLogin;
    }

    public int ocppPort() {
        return gateway.port();
    }

    public int httpPort() {
        return api.actualPort();
    }

    /** The application's connection pool (for seeding, e.g. the demo's stations and tokens). */
    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    public Gateway gateway() {
        return gateway;
    }

    /** Billing as wired here: the service, the session bridge, the routes. */
    public BillingModule billing() {
        return billing;
    }

    private static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get();
    }

    @Override
    public void close() throws Exception {
        try {
            await(gateway.stop());
            billing.close();
            await(vertx.close());
        } finally {
            dataSource.close();
            if (database.embedded() != null) {
                database.embedded().close();
            }
        }
    }
}
