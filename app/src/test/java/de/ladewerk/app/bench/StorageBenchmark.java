package de.ladewerk.app.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.ladewerk.gateway.query.persistence.JooqDashboardQueries;
import de.ladewerk.gateway.aggregate.persistence.AggregateRefresher;
import de.ladewerk.gateway.persistence.JooqSessionQueries;
import de.ladewerk.gateway.persistence.Migrations;
import de.ladewerk.gateway.storage.StorageLayout;
import de.ladewerk.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Storage on TimescaleDB against plain PostgreSQL, same rows, same run (issue 12): one simulated week of a
 * network (default 500 stations × 2 EVSEs, three sessions per EVSE and day, every 60 s while charging the
 * energy register, active power and the current of each of three phases) is inserted into two fresh
 * databases on the test server, one TimescaleDB, one plain. It prints the bytes per meter sample (table,
 * indexes and TOAST) before and after compressing every chunk, then p50/p95 of the dashboard's chart
 * queries (power 48 h, energy per day 28 days, utilisation 28 days) and one session's curve, through the
 * application's own query classes, after the aggregates were refreshed.
 *
 * <p>Run (see docs/performance.md): {@code java -cp ... de.ladewerk.app.bench.StorageBenchmark
 * stations=500 days=7 sampleSeconds=60 runs=40}. The databases are dropped afterwards.
 */
public final class StorageBenchmark {

    private StorageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>(Map.of("stations", "500", "days", "7", "sampleSeconds", "60",
                "runs", "40"));
        Arrays.stream(args).map(s -> s.split("=", 2)).forEach(kv -> a.put(kv[0], kv[1]));
        int stations = Integer.parseInt(a.get("stations"));
        int days = Integer.parseInt(a.get("days"));
        int sampleSeconds = Integer.parseInt(a.get("sampleSeconds"));
        int runs = Integer.parseInt(a.get("runs"));
        System.out.printf(Locale.ROOT, "storage benchmark: %d stations, %d days, a sample every %d s, %d runs per query%n",
                stations, days, sampleSeconds, runs);
        try (TestDatabase ts = TestDatabase.create("bench_storage_ts");
             TestDatabase plain = TestDatabase.createPlain("bench_storage_plain")) {
            for (TestDatabase db : List.of(ts, plain)) {
                try (HikariDataSource ds = pool(db)) {
                    StorageLayout layout = Migrations.migrate(ds);
                    System.out.printf("%n== %s (%s)%n", layout.name(), layout.finding());
                    long start = System.nanoTime();
                    generate(ds, stations, days, sampleSeconds);
                    long rows = number(ds, "SELECT count(*) FROM ocpp.meter_samples");
                    System.out.printf(Locale.ROOT, "inserted %,d meter samples in %.1f s%n", rows,
                            (System.nanoTime() - start) / 1e9);
                    bytes(ds, layout.timescale(), rows, "as written");
                    if (layout.timescale()) {
                        start = System.nanoTime();
                        execute(ds, "SELECT count(compress_chunk(c, if_not_compressed => true)) "
                                + "FROM show_chunks('ocpp.meter_samples') c");
                        System.out.printf(Locale.ROOT, "compressed every chunk in %.1f s%n", (System.nanoTime() - start) / 1e9);
                        bytes(ds, true, rows, "compressed");
                        execute(ds, "CALL refresh_continuous_aggregate('ocpp.power_15m', NULL, NULL)");
                        execute(ds, "CALL refresh_continuous_aggregate('ocpp.energy_hourly', NULL, NULL)");
                    }
                    new AggregateRefresher(ds).refreshAll();
                    execute(ds, "VACUUM ANALYZE");
                    queries(ds, runs);
                }
            }
        }
    }

    private static HikariDataSource pool(TestDatabase db) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(db.jdbcUrl());
        c.setUsername(db.user());
        c.setPassword(db.password());
        c.setMaximumPoolSize(4);
        c.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(c);
    }

    /**
     * Stations, connectors, sessions, status changes and samples, all in SQL and the same on both databases
     * (fixed seed). A session charges with 11 kW falling off towards its end; the register counts up.
     */
    private static void generate(HikariDataSource ds, int stations, int days, int sampleSeconds) throws SQLException {
        execute(ds, "INSERT INTO ocpp.stations (id, district) SELECT 'BENCH-' || lpad(i::text, 4, '0'), "
                + "'District ' || (i % 10) FROM generate_series(1, " + stations + ") i");
        execute(ds, "INSERT INTO ocpp.connectors (station_id, evse_id, connector_id, status, protocol_status, status_at) "
                + "SELECT id, e, 1, 'AVAILABLE', 'Available', now() FROM ocpp.stations, generate_series(1, 2) e");
        execute(ds, "SELECT setseed(0.42)");
        execute(ds, """
                INSERT INTO ocpp.sessions (station_id, protocol_version, transaction_id, evse_id, connector_id, started_at,
                                           ended_at, meter_start_wh, meter_stop_wh, status)
                SELECT c.station_id, 'ocpp1.6', c.evse_id || '-' || d || '-' || k, c.evse_id, 1, t.s, t.s + t.dur,
                       100000, 100000 + round(extract(epoch FROM t.dur) / 3600 * 9000), 'ENDED'
                  FROM ocpp.connectors c
                 CROSS JOIN generate_series(1, %d) d
                 CROSS JOIN generate_series(0, 2) k
                 CROSS JOIN LATERAL (SELECT date_trunc('day', now()) - make_interval(days => d) + make_interval(hours => 8 * k)
                                            + make_interval(mins => (random() * 240)::int) AS s,
                                            make_interval(mins => 30 + (random() * 150)::int) AS dur) t
                """.formatted(days));
        execute(ds, "INSERT INTO ocpp.status_events (time, station_id, evse_id, connector_id, status, protocol_status) "
                + "SELECT started_at, station_id, evse_id, 1, 'OCCUPIED', 'Charging' FROM ocpp.sessions UNION ALL "
                + "SELECT ended_at, station_id, evse_id, 1, 'AVAILABLE', 'Available' FROM ocpp.sessions");
        execute(ds, """
                INSERT INTO ocpp.meter_samples (time, session_id, station_id, evse_id, measurand, phase, location, context,
                                                unit, value, normalized_value, normalized_unit, format)
                SELECT x.time, x.id, x.station_id, x.evse_id, m.measurand, m.phase, 'Outlet', 'Sample.Periodic', m.unit,
                       m.v, m.v, m.unit, 'Raw'
                  FROM (SELECT se.id, se.station_id, se.evse_id, g AS time,
                               round((11000 - 6000 * greatest(0, extract(epoch FROM g - se.started_at)
                                      / extract(epoch FROM se.ended_at - se.started_at) - 0.8) * 5
                                      + (random() * 200 - 100))::numeric, 1) AS w,
                               extract(epoch FROM g - se.started_at) AS secs
                          FROM ocpp.sessions se
                         CROSS JOIN generate_series(se.started_at, se.ended_at, make_interval(secs => %d)) g) x
                 CROSS JOIN LATERAL (VALUES
                       ('Energy.Active.Import.Register', NULL, 'Wh', round(100000 + x.secs / 3600 * 9000, 1)),
                       ('Power.Active.Import', NULL, 'W', x.w),
                       ('Current.Import', 'L1', 'A', round(x.w / 690, 2)),
                       ('Current.Import', 'L2', 'A', round(x.w / 690 + 0.1, 2)),
                       ('Current.Import', 'L3', 'A', round(x.w / 690 - 0.1, 2))) AS m(measurand, phase, unit, v)
                """.formatted(sampleSeconds));
        execute(ds, "ANALYZE");
    }

    private static void bytes(HikariDataSource ds, boolean timescale, long rows, String state) throws SQLException {
        String sql = timescale
                ? "SELECT table_bytes + coalesce(toast_bytes, 0), index_bytes, total_bytes FROM hypertable_detailed_size('ocpp.meter_samples')"
                : "SELECT sum(pg_table_size(relid)), sum(pg_indexes_size(relid)), sum(pg_total_relation_size(relid)) "
                + "FROM pg_partition_tree('ocpp.meter_samples') WHERE isleaf";
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            System.out.printf(Locale.ROOT, "bytes per sample, %s: %.1f total (table %.1f + indexes %.1f); %,d bytes%n",
                    state, rs.getLong(3) / (double) rows, rs.getLong(1) / (double) rows, rs.getLong(2) / (double) rows,
                    rs.getLong(3));
        }
    }

    private static void queries(HikariDataSource ds, int runs) throws SQLException {
        JooqDashboardQueries dashboard = new JooqDashboardQueries(DSL.using(ds, SQLDialect.POSTGRES));
        JooqSessionQueries sessions = new JooqSessionQueries(DSL.using(ds, SQLDialect.POSTGRES));
        long session = number(ds, "SELECT id FROM ocpp.sessions ORDER BY started_at, id OFFSET (SELECT count(*) / 2 FROM ocpp.sessions) LIMIT 1");
        Instant now = Instant.parse(text(ds, "SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"));
        time("power, 48 h", runs, () -> dashboard.power(now.minus(Duration.ofHours(48)), null));
        time("energy per day, 28 days", runs, () -> dashboard.energyPerDay(now.minus(Duration.ofDays(28)), null));
        time("utilisation, 28 days", runs, () -> {
            dashboard.connectorCount(null);
            return dashboard.occupiedHours(now.minus(Duration.ofDays(28)), null);
        });
        time("one session's curve", runs, () -> sessions.curve(session));
    }

    private static void time(String name, int runs, Supplier<List<?>> query) {
        for (int i = 0; i < 3; i++) {
            query.get(); // warm: plans and caches
        }
        List<Double> ms = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            size = query.get().size();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        ms.sort(Double::compare);
        System.out.printf(Locale.ROOT, "%-26s p50 %7.1f ms  p95 %7.1f ms  (%d rows)%n", name,
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), size);
    }

    private static void execute(HikariDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long number(HikariDataSource ds, String sql) throws SQLException {
        return Long.parseLong(text(ds, sql));
    }

    private static String text(HikariDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
