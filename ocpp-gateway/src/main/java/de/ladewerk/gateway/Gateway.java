package de.ladewerk.gateway;

import de.ladewerk.gateway.admission.ConnectionBudget;
import de.ladewerk.gateway.certificate.CertificateCommands;
import de.ladewerk.gateway.certificate.CertificateRepository;
import de.ladewerk.gateway.certificate.CertificateService;
import de.ladewerk.gateway.certificate.CsrValidator;
import de.ladewerk.gateway.command.CommandService;
import de.ladewerk.gateway.command.OperatorServices;
import de.ladewerk.gateway.connection.ConnectionRegistry;
import de.ladewerk.gateway.events.LiveEvents;
import de.ladewerk.gateway.devmodel.StationReports;
import de.ladewerk.gateway.handler.BootPolicy;
import de.ladewerk.gateway.session.ActiveTransactions;
import de.ladewerk.gateway.handler.DomainServices;
import de.ladewerk.gateway.handler.HandlerRegistry;
import de.ladewerk.gateway.handler.StationHandlers;
import de.ladewerk.gateway.firmware.FirmwareEvents;
import de.ladewerk.gateway.handshake.BasicAuthFilter;
import de.ladewerk.gateway.handshake.ClientCertificateFilter;
import de.ladewerk.gateway.handshake.HandshakeChain;
import de.ladewerk.gateway.handshake.PathIdentityFilter;
import de.ladewerk.gateway.handshake.SecurityProfileFilter;
import de.ladewerk.gateway.handshake.SecurityProfileUpgradeFilter;
import de.ladewerk.gateway.handshake.StationLookupFilter;
import de.ladewerk.gateway.handshake.SubprotocolFilter;
import de.ladewerk.gateway.maintenance.persistence.MaintenanceSchedule;
import de.ladewerk.gateway.maintenance.persistence.MaintenanceSupervisor;
import de.ladewerk.gateway.loadmanagement.LoadManagementConfig;
import de.ladewerk.gateway.loadmanagement.LoadManagementService;
import de.ladewerk.gateway.loadmanagement.persistence.JdbcGridStore;
import de.ladewerk.gateway.loadmanagement.persistence.PgAdvisoryLocks;
import de.ladewerk.gateway.metrics.GatewayMetrics;
import de.ladewerk.gateway.persistence.DatabaseBreaker;
import de.ladewerk.gateway.persistence.GroupCommitWriter;
import de.ladewerk.gateway.persistence.JdbcCertificateRepository;
import de.ladewerk.gateway.persistence.JdbcFirmwareEventStore;
import de.ladewerk.gateway.persistence.JdbcSecurityEventStore;
import de.ladewerk.gateway.persistence.JooqStationSecurityRepository;
import de.ladewerk.gateway.persistence.JdbcStationEventSink;
import de.ladewerk.gateway.persistence.JdbcSessionStore;
import de.ladewerk.gateway.persistence.JooqSessionQueries;
import de.ladewerk.gateway.persistence.JooqStationRepository;
import de.ladewerk.gateway.pricing.PerKwhPricing;
import de.ladewerk.gateway.security.AuthThrottle;
import de.ladewerk.gateway.security.CredentialVerifier;
import de.ladewerk.gateway.security.SealedSecrets;
import de.ladewerk.gateway.security.StationAuthenticator;
import de.ladewerk.gateway.security.StationSecretKey;
import de.ladewerk.gateway.persistence.JdbcStationSecretKeys;
import de.ladewerk.gateway.security.PasswordHasher;
import de.ladewerk.gateway.security.PasswordRotation;
import de.ladewerk.gateway.security.SecurityProfileRecorder;
import de.ladewerk.gateway.security.SecurityProfiles;
import de.ladewerk.gateway.security.SecurityServices;
import de.ladewerk.gateway.security.StationCaller;
import de.ladewerk.gateway.security.StationSecurityRepository;
import de.ladewerk.gateway.securityevent.SecurityEventService;
import de.ladewerk.gateway.session.Plausibility;
import de.ladewerk.gateway.session.TimePlausibility;
import de.ladewerk.gateway.session.SessionQueries;
import de.ladewerk.gateway.session.SessionService;
import de.ladewerk.gateway.session.SessionWiring;
import de.ladewerk.gateway.station.StationDirectory;
import de.ladewerk.gateway.pnc.CertificateStatusService;
import de.ladewerk.gateway.pnc.OcspClient;
import de.ladewerk.gateway.station.HeartbeatFlush;
import de.ladewerk.gateway.station.HeartbeatLedger;
import de.ladewerk.gateway.station.StationEventSink;
import de.ladewerk.gateway.station.StationRepository;
import de.ladewerk.gateway.tls.TlsMaterial;
import de.ladewerk.gateway.v16.V16Handlers;
import de.ladewerk.gateway.v201.V201Handlers;
import de.ladewerk.ocpp.OcppVersion;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The OCPP gateway assembled: storage, handshake chain, handlers per version and the listener
 * verticles. The application creates one with {@link #start}; tests do the same on a free port.
 * The schema must already be migrated ({@link de.ladewerk.gateway.persistence.Migrations}).
 */
public final class Gateway {

    /** How long an OCSP responder may take to connect and to answer. */
    private static final Duration OCSP_TIMEOUT = Duration.ofSeconds(10);

    /** Argon2id checks that may queue on the password pool before further attempts are answered 503. */
    static final int MAX_WAITING_PASSWORD_CHECKS = 256;

    private final Vertx vertx;
    private final GroupCommitWriter writer;
    private final WorkerExecutor blocking;
    private final WorkerExecutor passwords;
    private final StationRepository stations;
    private final SessionQueries sessionQueries;
    private final ConnectionRegistry connections;
    private final List<GatewayVerticle> verticles;
    private final String deploymentId;
    private final OperatorServices operator;
    private final StationReports reports;
    private final long reservationSweep;
    private SecurityServices security;
    private HeartbeatFlush heartbeatFlush;
    private MaintenanceSupervisor maintenance;
    private MaintenanceSchedule maintenanceSchedule;
    private DatabaseBreaker breaker;
    private LoadManagementService loadManagement;
    private volatile boolean listening = true;

    private Gateway(Vertx vertx, GroupCommitWriter writer, WorkerExecutor blocking, WorkerExecutor passwords,
                    StationRepository stations,
                    SessionQueries sessionQueries, ConnectionRegistry connections, List<GatewayVerticle> verticles,
                    String deploymentId, OperatorServices operator, StationReports reports) {
        this.reports = reports;
        this.vertx = vertx;
        this.writer = writer;
        this.blocking = blocking;
        this.passwords = passwords;
        this.stations = stations;
        this.sessionQueries = sessionQueries;
        this.connections = connections;
        this.verticles = verticles;
        this.deploymentId = deploymentId;
        this.operator = operator;
        this.reservationSweep = vertx.setPeriodic(60_000, id -> operator.reservations().expireDue());
    }

    /**
     * Wires and deploys the gateway with the token store answering for sessions, no live view and no
     * billing hook (tests and tools); completes once it listens.
     */
    public static Future<Gateway> start(Vertx vertx, GatewayConfig config, DataSource dataSource,
                                        MeterRegistry meters, PasswordHasher hasher) {
        return start(vertx, config, dataSource, meters, hasher, SessionWiring.defaults());
    }

    /** Wires and deploys the gateway with the station secret key kept in the database; completes once it listens. */
    public static Future<Gateway> start(Vertx vertx, GatewayConfig config, DataSource dataSource,
                                        MeterRegistry meters, PasswordHasher hasher, SessionWiring sessionWiring) {
        return start(vertx, config, dataSource, meters, hasher, sessionWiring, null);
    }

    /**
     * Wires and deploys the gateway; completes once it listens.
     *
     * @param stationSecretKey the configured key of sealed (HMAC) station passwords, or null for the stored one
     */
    public static Future<Gateway> start(Vertx vertx, GatewayConfig config, DataSource dataSource,
                                        MeterRegistry meters, PasswordHasher hasher, SessionWiring sessionWiring,
                                        StationSecretKey stationSecretKey) {
        GatewayMetrics metrics = new GatewayMetrics(meters);
        StationRepository stations = new JooqStationRepository(DSL.using(dataSource, SQLDialect.POSTGRES));
        WorkerExecutor blocking = vertx.createSharedWorkerExecutor("ladewerk-gateway-blocking", 16);
        // Argon2 checks of first connects (CPU-bound, tens of ms each) get their own pool: when thousands of
        // stations connect at once they queue there instead of starving the lookups that answer calls
        WorkerExecutor passwords = vertx.createSharedWorkerExecutor("ladewerk-gateway-passwords",
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        ConnectionRegistry connections = new ConnectionRegistry();
        DatabaseBreaker breaker = new DatabaseBreaker(Duration.ofSeconds(1));
        GroupCommitWriter writer = new GroupCommitWriter("ocpp", dataSource, 2, 1000, 100_000, writeMetrics(metrics),
                breaker);
        metrics.watchWriteQueue(writer::queued);
        StationReports reports = StationReports.create(dataSource, writer, blocking, connections, Clock.systemUTC());
        StationSecurityRepository stationSecurity =
                new JooqStationSecurityRepository(DSL.using(dataSource, SQLDialect.POSTGRES));
        OperatorServices operator = new OperatorServices(DSL.using(dataSource, SQLDialect.POSTGRES), connections,
                stations, blocking, sessionWiring.live(), Clock.systemUTC(), reports,
                List.of(SecurityProfileRecorder.v16(stationSecurity), SecurityProfileRecorder.v201(stationSecurity)));
        SessionWiring wiring = sessionWiring.authorizer() != null ? sessionWiring
                : sessionWiring.withAuthorizer(operator.authorizer());
        StationEventSink sink = new JdbcStationEventSink(writer);
        TimePlausibility stationTimes = new TimePlausibility(config.stationClockTolerance());
        HeartbeatLedger heartbeats = new HeartbeatLedger();
        StationHandlers shared = new StationHandlers(sink, new StationDirectory(stations, blocking),
                new BootPolicy((int) config.heartbeatInterval().toSeconds(), (int) config.bootRetryInterval().toSeconds()),
                Clock.systemUTC(), wiring.live(), heartbeats, stationTimes);
        JooqSessionQueries sessionQueries = new JooqSessionQueries(DSL.using(dataSource, SQLDialect.POSTGRES));
        SessionService sessions = new SessionService(new JdbcSessionStore(dataSource, writer, sessionQueries),
                wiring, wiring.pricing() != null ? wiring.pricing()
                : PerKwhPricing.orNone(config.energyPricePerKwh()), new Plausibility(stationTimes), blocking,
                Clock.systemUTC());
        reports.chargingNeeds().useTransactions(new ActiveTransactions(sessionQueries, blocking));
        DomainServices domain = new DomainServices(shared, sessions, operator.authorizer(), operator.reservations(),
                reports, connections);
        List<GatewayVerticle> verticles = new CopyOnWriteArrayList<>();
        SealedSecrets[] sealed = new SealedSecrets[1];
        return blocking.executeBlocking(() -> {
                    stations.markAllOffline();
                    JdbcSessionStore.ensurePartitions(dataSource);
                    sealed[0] = new SealedSecrets(JdbcStationSecretKeys.loadOrCreate(dataSource, stationSecretKey));
                    // key generation on first start takes a moment: not on an event loop
                    return config.tls().enabled() ? TlsMaterial.load(config.tls()) : null;
                })
                .compose(tls -> {
                    StationAuthenticator authenticator = new StationAuthenticator(new CredentialVerifier(hasher), hasher,
                            sealed[0], AuthThrottle.defaults(Clock.systemUTC()), passwords,
                            stationSecurity::setPasswordHash, MAX_WAITING_PASSWORD_CHECKS);
                    metrics.watchPasswordChecks(authenticator::waiting);
                    SecurityServices security = security(config, tls, writer, DSL.using(dataSource, SQLDialect.POSTGRES),
                            connections, operator.commands(), stationSecurity, hasher, sealed[0], blocking, wiring.live());
                    Map<OcppVersion, HandlerRegistry> handlers = Map.of(
                            OcppVersion.V16, V16Handlers.create(domain, security),
                            OcppVersion.V201, V201Handlers.create(domain, security));
                    HandshakeChain chain = new HandshakeChain(List.of(
                            new PathIdentityFilter(config.pathPrefix()),
                            new SubprotocolFilter(handlers.keySet()),
                            new StationLookupFilter(stations, blocking, config.unknownStations(), hasher, authenticator,
                                    breaker),
                            new ClientCertificateFilter(),
                            new SecurityProfileFilter(),
                            new BasicAuthFilter(authenticator),
                            new SecurityProfileUpgradeFilter(stationSecurity, blocking)));
                    ConnectionBudget budget = new ConnectionBudget(config.limits());
                    return vertx.deployVerticle(() -> {
                        GatewayVerticle verticle = new GatewayVerticle(config, chain, handlers, connections, sink,
                                metrics, tls, budget);
                        verticles.add(verticle);
                        return verticle;
                    }, new DeploymentOptions().setInstances(config.instances())).map(id -> {
                        Gateway gateway = new Gateway(vertx, writer, blocking, passwords, stations, sessionQueries, connections,
                                verticles, id, operator, reports);
                        gateway.breaker = breaker;
                        gateway.security = security;
                        gateway.heartbeatFlush = HeartbeatFlush.start(vertx, heartbeats, sink);
                        gateway.maintenance = new MaintenanceSupervisor(dataSource, Clock.systemUTC(), meters);
                        gateway.maintenanceSchedule = MaintenanceSchedule.start(vertx, gateway.maintenance, blocking,
                                Duration.ofSeconds(30), MaintenanceSupervisor.DEFAULT_TICK);
                        gateway.loadManagement = new LoadManagementService(vertx, new JdbcGridStore(dataSource),
                                new PgAdvisoryLocks(dataSource), operator.commands(), blocking, meters, Clock.systemUTC(),
                                LoadManagementConfig.DEFAULTS).start();
                        return gateway;
                    });
                })
                .onFailure(e -> {
                    writer.close();
                    blocking.close();
                    passwords.close();
                });
    }

    /** The writer reports its batches to the metrics (metrics stay free of persistence types). */
    private static GroupCommitWriter.Listener writeMetrics(GatewayMetrics metrics) {
        return new GroupCommitWriter.Listener() {
            @Override
            public void batchCommitted(int submissions, long nanos) {
                metrics.batchCommitted(submissions, nanos);
            }

            @Override
            public void batchFailed(int submissions, Throwable cause) {
                metrics.batchFailed(submissions, cause);
            }
        };
    }

    private static SecurityServices security(GatewayConfig config, TlsMaterial tls, GroupCommitWriter writer,
                                             DSLContext db, ConnectionRegistry connections, CommandService commands,
                                             StationSecurityRepository stationSecurity, PasswordHasher hasher,
                                             SealedSecrets sealed, WorkerExecutor blocking, LiveEvents live) {
        // through the command service: every exchange of the security services is in the command audit
        StationCaller caller = new StationCaller(connections, commands);
        CertificateRepository certificates = new JdbcCertificateRepository(writer, db);
        Clock clock = Clock.systemUTC();
        return new SecurityServices(
                new CertificateService(tls == null ? null : tls.ca(), new CsrValidator(config.tls().organization()),
                        certificates, caller, blocking, clock),
                new CertificateCommands(certificates, caller, blocking, clock),
                new SecurityEventService(new JdbcSecurityEventStore(writer), live, clock),
                new FirmwareEvents(new JdbcFirmwareEventStore(writer, db), clock),
                new PasswordRotation(caller, stationSecurity, sealed, blocking),
                new SecurityProfiles(caller, stationSecurity, blocking),
                new CertificateStatusService(new OcspClient(OCSP_TIMEOUT, clock), blocking, clock));
    }

    /** The live allocator of grid-aware load management (docs/load-management.md). */
    public LoadManagementService loadManagement() {
        return loadManagement;
    }

    /** The port the listener bound. */
    public int port() {
        return verticles.get(0).actualPort();
    }

    /** The TLS listener's port, or -1 if TLS is off. */
    public int tlsPort() {
        return verticles.get(0).actualTlsPort();
    }

    /** Certificates, security events, firmware events, password rotation and security profiles. */
    public SecurityServices security() {
        return security;
    }

    public ConnectionRegistry connections() {
        return connections;
    }

    /** Device model, variables, data transfer, smart-charging facts, display messages, customer information. */
    public StationReports reports() {
        return reports;
    }

    public StationRepository stations() {
        return stations;
    }

    /** Sessions and meter values for the API (blocking: call from worker threads). */
    public SessionQueries sessions() {
        return sessionQueries;
    }

    /** Authorization, commands, local lists and reservations, for the application's API. */
    public OperatorServices operator() {
        return operator;
    }

    /** Compression, retention, aggregate refresh and partitions: what runs, what is late (for health). */
    public MaintenanceSupervisor maintenance() {
        return maintenance;
    }

    /**
     * False while the database breaker is open (a write or handshake found the database unreachable in the last
     * second): readiness can answer at once instead of waiting for a connection.
     */
    public boolean databaseAvailable() {
        return breaker == null || !breaker.isOpen();
    }

    /** Whether the listener is up: true from start until {@link #stop}. For readiness checks. */
    public boolean listening() {
        return listening;
    }

    /** Stops listening, then writes what is queued. */
    public Future<Void> stop() {
        listening = false;
        vertx.cancelTimer(reservationSweep);
        if (maintenanceSchedule != null) {
            maintenanceSchedule.stop();
        }
        if (loadManagement != null) {
            loadManagement.close();
        }
        // the writer's close joins its threads: never on an event loop
        return vertx.undeploy(deploymentId)
                .eventually(() -> blocking.executeBlocking(() -> {
                    if (heartbeatFlush != null) {
                        heartbeatFlush.stop();
                    }
                    writer.close();
                    if (maintenance != null) {
                        maintenance.close();
                    }
                    return null;
                }, false))
                .eventually(blocking::close)
                .eventually(passwords::close);
    }
}
