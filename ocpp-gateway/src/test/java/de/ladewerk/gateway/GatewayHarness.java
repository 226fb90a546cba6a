package de.ladewerk.gateway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.ladewerk.gateway.events.LiveEvent;
import de.ladewerk.gateway.events.LiveEvents;
import de.ladewerk.gateway.handshake.UnknownStationPolicy;
import de.ladewerk.gateway.persistence.Migrations;
import de.ladewerk.gateway.security.PasswordHasher;
import de.ladewerk.gateway.session.SessionWiring;
import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.gateway.tls.TlsConfig;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.StationClientOptions;
import de.ladewerk.testsupport.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A real gateway on a free port over a fresh PostgreSQL database, for integration tests. Argon2 runs
 * with a small cost here so tests stay fast; the algorithm is the same.
 */
public final class GatewayHarness implements AutoCloseable {

    public static final String PASSWORD = "correct-horse-battery-staple";
    static final PasswordHasher TEST_HASHER = new PasswordHasher(1024, 1);

    private final TestDatabase database;
    private final HikariDataSource dataSource;
    private final Vertx vertx;
    private final Gateway gateway;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<LiveEvent> events = new CopyOnWriteArrayList<>();

    private GatewayHarness(UnknownStationPolicy policy) throws Exception {
        this(policy, SessionWiring.of(SessionWiring.ACCEPT_ALL), null);
    }

    private GatewayHarness(UnknownStationPolicy policy, SessionWiring sessions, BigDecimal pricePerKwh) throws Exception {
        this(policy, sessions, pricePerKwh, null);
    }

    /** @param tlsDirectory where the TLS listener's generated key material goes, or null for no TLS */
    private GatewayHarness(UnknownStationPolicy policy, SessionWiring sessions, BigDecimal pricePerKwh,
                           Path tlsDirectory) throws Exception {
        this(policy, sessions, pricePerKwh, tlsDirectory, c -> c);
    }

    private GatewayHarness(UnknownStationPolicy policy, SessionWiring sessions, BigDecimal pricePerKwh,
                           Path tlsDirectory, UnaryOperator<GatewayConfig> adjust) throws Exception {
        database = TestDatabase.create("gateway");
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(database.jdbcUrl());
        hc.setUsername(database.user());
        hc.setPassword(database.password());
        hc.setMaximumPoolSize(8);
        hc.setConnectionTimeout(5_000); // as the application: an unreachable database fails within 5 s
        hc.addDataSourceProperty("reWriteBatchedInserts", "true");
        dataSource = new HikariDataSource(hc);
        Migrations.migrate(dataSource);
        vertx = Vertx.vertx();
        GatewayConfig d = GatewayConfig.defaults();
        // free port, one event loop, a short call timeout so timeout tests are quick
        GatewayConfig config = new GatewayConfig("127.0.0.1", 0, d.pathPrefix(), policy, d.heartbeatInterval(),
                d.bootRetryInterval(), Duration.ofSeconds(2), d.pingInterval(), 64 * 1024, 1, pricePerKwh);
        if (tlsDirectory != null) {
            config = config.withTls(TlsConfig.disabled().enabledOn(0, tlsDirectory));
        }
        config = adjust.apply(config);
        // the harness sees every live event, and so does a sink the test gave (e.g. SessionTestKit's)
        LiveEvents given = sessions.live();
        // start-up may generate TLS keys (RSA takes tens of seconds on a loaded machine): a longer bound than calls
        gateway = await(Gateway.start(vertx, config, dataSource, meters, TEST_HASHER, sessions.withLive(e -> {
            events.add(e);
            given.accept(e);
        })), 120);
    }

    public static GatewayHarness start() throws Exception {
        return new GatewayHarness(UnknownStationPolicy.REJECT);
    }

    public static GatewayHarness start(UnknownStationPolicy policy) throws Exception {
        return new GatewayHarness(policy);
    }

    /** A gateway with these session ports and an energy price for CostUpdated ({@code null}: none). */
    public static GatewayHarness start(SessionWiring sessions, BigDecimal pricePerKwh) throws Exception {
        return new GatewayHarness(UnknownStationPolicy.REJECT, sessions, pricePerKwh);
    }

    /** A gateway whose configuration the test adjusts (e.g. connection limits). */
    public static GatewayHarness start(UnaryOperator<GatewayConfig> adjust) throws Exception {
        return new GatewayHarness(UnknownStationPolicy.REJECT, SessionWiring.of(SessionWiring.ACCEPT_ALL), null, null,
                adjust);
    }

    /** A gateway with the TLS listener too, its key material generated into {@code tlsDirectory}. */
    public static GatewayHarness startWithTls(Path tlsDirectory) throws Exception {
        return new GatewayHarness(UnknownStationPolicy.REJECT, SessionWiring.of(SessionWiring.ACCEPT_ALL), null,
                tlsDirectory);
    }

    /** The {@code wss://} endpoint of the TLS listener. */
    public URI tlsEndpoint() {
        return URI.create("wss://127.0.0.1:" + gateway.tlsPort() + "/ocpp");
    }

    /** The name of the test's own database (e.g. to take it away in an outage test). */
    public String databaseName() {
        return database.name();
    }

    /** A connection to the server's maintenance database, outside the gateway's pool. */
    public Connection adminConnection() throws SQLException {
        String url = database.jdbcUrl();
        String base = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        return java.sql.DriverManager.getConnection(base, database.user(), database.password());
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    public Gateway gateway() {
        return gateway;
    }

    public Vertx vertx() {
        return vertx;
    }

    public SimpleMeterRegistry meters() {
        return meters;
    }

    /** The live events the gateway published so far. */
    public List<LiveEvent> events() {
        return events;
    }

    public URI endpoint() {
        return URI.create("ws://127.0.0.1:" + gateway.port() + "/ocpp");
    }

    /** Registers an accepted station with {@link #PASSWORD}. */
    public void register(String id) {
        gateway.stations().register(id, TEST_HASHER.hash(PASSWORD), RegistrationStatus.ACCEPTED);
    }

    public StationClientOptions options(String id, OcppVersion version) {
        return StationClientOptions.of(endpoint(), id, version).withPassword(PASSWORD)
                .withCallTimeout(Duration.ofSeconds(5)).withConnectTimeout(Duration.ofSeconds(5));
    }

    /** Connects a registered station's client. */
    public StationClient connect(String id, OcppVersion version) {
        StationClient client = await(StationClient.connect(vertx, options(id, version)));
        awaitRegistered(id);
        return client;
    }

    /**
     * Waits until the gateway has registered the station's connection: the client may see the upgrade
     * before the gateway's side has run, and a command sent in between would find the station offline.
     */
    public void awaitRegistered(String id) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (gateway.connections().find(id).isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(id + " did not get registered");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Polls a query (up to 15 s) until its value satisfies {@code ok}; returns the last value seen. */
    public Object awaitQueryValue(String sql, java.util.function.Predicate<Object> ok) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        Object value = queryValue(sql);
        while (!ok.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            value = queryValue(sql);
        }
        return value;
    }

    /** The first column of the first row of a query, or null. */
    public Object queryValue(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    /** JSON written with single quotes for readability in tests. */
    public static com.fasterxml.jackson.databind.JsonNode json(String singleQuoted) {
        try {
            return de.ladewerk.ocpp.json.OcppJson.mapper().readTree(singleQuoted.replace('\'', '"'));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static <T> T await(Future<T> future) {
        return await(future, 20);
    }

    private static <T> T await(Future<T> future, int seconds) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(seconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            await(gateway.stop());
        } finally {
            closeAfterStop();
        }
    }

    /** Releases Vert.x and the database of a harness whose gateway the test already stopped. */
    public void closeAfterStop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
        dataSource.close();
        database.close();
    }
}
