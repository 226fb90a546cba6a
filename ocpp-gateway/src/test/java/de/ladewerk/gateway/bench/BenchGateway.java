package de.ladewerk.gateway.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.ladewerk.gateway.Gateway;
import de.ladewerk.gateway.GatewayConfig;
import de.ladewerk.gateway.handshake.UnknownStationPolicy;
import de.ladewerk.gateway.persistence.Migrations;
import de.ladewerk.gateway.security.PasswordHasher;
import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.testsupport.TestDatabase;
import de.ladewerk.gateway.metrics.GatewayMetricNames;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * A production-like gateway for benchmarks: a fresh database (dropped on close), the pool settings of the
 * app, as many verticles as cores, and {@code stations} registered stations {@code SIM-000001…} sharing
 * one password. Not a test fixture: it runs in a benchmark's own JVM, apart from the load generator.
 */
final class BenchGateway implements AutoCloseable {

    static final String PASSWORD = "bench-password-0123456";
    static final String PREFIX = "SIM-";

    private final TestDatabase database;
    private final HikariDataSource dataSource;
    private final Vertx vertx;
    private final Gateway gateway;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /**
     * @param hashMemoryKib Argon2id memory of the stations' password hash (the app's default is 19,456); each
     *                      station's first connect after start costs one such verification
     */
    BenchGateway(int stations, int hashMemoryKib, int poolSize) throws Exception {
        database = TestDatabase.create("bench");
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(database.jdbcUrl());
        hc.setUsername(database.user());
        hc.setPassword(database.password());
        hc.setMaximumPoolSize(poolSize);
        hc.addDataSourceProperty("reWriteBatchedInserts", "true");
        dataSource = new HikariDataSource(hc);
        Migrations.migrate(dataSource);
        PasswordHasher hasher = new PasswordHasher(hashMemoryKib, 2);
        register(stations, hasher.hash(PASSWORD));
        int cores = Runtime.getRuntime().availableProcessors();
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(cores));
        GatewayConfig d = GatewayConfig.defaults();
        GatewayConfig config = new GatewayConfig("127.0.0.1", 0, d.pathPrefix(), UnknownStationPolicy.REJECT,
                d.heartbeatInterval(), d.bootRetryInterval(), d.callTimeout(), d.pingInterval(), d.maxMessageBytes(),
                cores);
        gateway = Gateway.start(vertx, config, dataSource, meters, hasher)
                .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    private void register(int stations, String hash) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO ocpp.stations (id, password_hash, registration_status)
                SELECT ? || lpad(i::text, 6, '0'), ?, ? FROM generate_series(1, ?) i""")) {
            ps.setString(1, PREFIX);
            ps.setString(2, hash);
            ps.setString(3, RegistrationStatus.ACCEPTED.name());
            ps.setInt(4, stations);
            ps.executeUpdate();
        }
    }

    URI endpoint() {
        return URI.create("ws://127.0.0.1:" + gateway.port() + "/ocpp");
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    Gateway gateway() {
        return gateway;
    }

    /** Transactions of the group-commit writer so far: how many, submissions and milliseconds each. */
    String writerFigures() {
        DistributionSummary size = meters.find(GatewayMetricNames.DB_WRITE_BATCH_SIZE).summary();
        Timer time = meters.find(GatewayMetricNames.DB_WRITE_DURATION).timer();
        if (size == null || time == null) {
            return "none";
        }
        return String.format("%d transactions, %.1f submissions and %.1f ms each (max %.0f submissions, %.0f ms)",
                size.count(), size.mean(), time.mean(TimeUnit.MILLISECONDS), size.max(), time.max(TimeUnit.MILLISECONDS));
    }

    long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Empties the meter-sample table, e.g. after a warm-up run. */
    void truncateSamples() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE ocpp.meter_samples");
        }
    }

    /** Stops the gateway, then drops the database. */
    @Override
    public void close() throws Exception {
        try {
            gateway.stop().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } finally {
            dataSource.close();
            database.close();
        }
    }
}
