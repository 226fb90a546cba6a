package de.ladewerk.gateway.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.ladewerk.gateway.session.MeterSample;
import de.ladewerk.testsupport.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Meter samples written through the group-commit writer as one unnest INSERT per transaction. */
class MeterSampleRowsIT {

    private static final Instant T0 = Instant.parse("2026-03-02T10:15:30.123Z");

    private static TestDatabase database;
    private static HikariDataSource dataSource;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.create("samplerows");
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(database.jdbcUrl());
        hc.setUsername(database.user());
        hc.setPassword(database.password());
        hc.setMaximumPoolSize(4);
        dataSource = new HikariDataSource(hc);
        Migrations.migrate(dataSource);
    }

    @AfterAll
    static void drop() {
        dataSource.close();
        database.close();
    }

    @Test
    void manySubmissionsLandExactlyOnceWithTheirValuesAsSent() throws Exception {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        try (GroupCommitWriter writer = new GroupCommitWriter("t", dataSource, 1, 1000, 10_000, new NoListener())) {
            for (int i = 0; i < 300; i++) {
                done.add(writer.submit(List.of(
                        MeterSampleRows.write("ROWS-" + (i % 7), i % 2 == 0 ? null : (long) i, register(T0.plusMillis(i),
                                new BigDecimal("1000.125").add(BigDecimal.valueOf(i)))),
                        MeterSampleRows.write("ROWS-" + (i % 7), null, current(T0.plusMillis(i), "L2")))));
            }
            // the same message again, as a station retrying after a lost answer
            done.add(writer.submit(MeterSampleRows.write("ROWS-0", null, register(T0, new BigDecimal("1000.125")))));
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        }
        assertThat(query("SELECT count(*) FROM ocpp.meter_samples WHERE station_id LIKE 'ROWS-%'")).isEqualTo("600");
        assertThat(query("SELECT value || ' ' || normalized_value || ' ' || normalized_unit || ' ' || (session_id IS NULL)"
                + " || ' ' || (phase IS NULL) || ' ' || to_char(time AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS')"
                + " FROM ocpp.meter_samples WHERE station_id = 'ROWS-0' AND measurand = 'Energy.Active.Import.Register'"
                + " AND time = '2026-03-02T10:15:30.123Z'"))
                .isEqualTo("1000.125 1000.125 Wh true true 2026-03-02 10:15:30.123");
        assertThat(query("SELECT session_id || ' ' || value || ' ' || multiplier FROM ocpp.meter_samples"
                + " WHERE station_id = 'ROWS-1' AND measurand = 'Energy.Active.Import.Register' AND time = '2026-03-02T10:15:30.124Z'"))
                .isEqualTo("1 1001.125 0");
        assertThat(query("SELECT phase || ' ' || value || ' ' || unit || ' ' || (normalized_value IS NULL) FROM ocpp.meter_samples"
                + " WHERE station_id = 'ROWS-3' AND measurand = 'Current.Import' AND time = '2026-03-02T10:15:30.126Z'"))
                .isEqualTo("L2 16.5 A true");
    }

    @Test
    void aBadRowFailsOnlyItsOwnSubmission() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        List<CompletableFuture<Void>> good = new ArrayList<>();
        CompletableFuture<Void> bad;
        try (GroupCommitWriter writer = new GroupCommitWriter("t", dataSource, 1, 1000, 10_000, new NoListener())) {
            // keeps the writer's only thread busy so the next submissions are written as one transaction
            writer.submit(new GroupCommitWriter.Write("DO $$ BEGIN PERFORM pg_sleep(0.3); END $$", ps -> held.countDown()));
            held.await(10, TimeUnit.SECONDS);
            for (int i = 0; i < 20; i++) {
                good.add(writer.submit(MeterSampleRows.write("BAD-BATCH", null, register(T0.plusSeconds(i), BigDecimal.TEN))));
            }
            bad = writer.submit(MeterSampleRows.write(null, null, register(T0, BigDecimal.ONE))); // station_id NOT NULL
            for (int i = 20; i < 40; i++) {
                good.add(writer.submit(MeterSampleRows.write("BAD-BATCH", null, register(T0.plusSeconds(i), BigDecimal.TEN))));
            }
            CompletableFuture.allOf(good.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            CompletableFuture<Void> failed = bad;
            assertThatThrownBy(() -> failed.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("station_id");
        }
        assertThat(query("SELECT count(*) FROM ocpp.meter_samples WHERE station_id = 'BAD-BATCH'")).isEqualTo("40");
    }

    private static MeterSample register(Instant at, BigDecimal wh) {
        return MeterSample.register(at, 1, MeterSample.DEFAULT_CONTEXT, wh);
    }

    private static MeterSample current(Instant at, String phase) {
        return new MeterSample(at, 1, "Current.Import", phase, MeterSample.DEFAULT_LOCATION, MeterSample.DEFAULT_CONTEXT,
                "A", 0, new BigDecimal("16.50"), "Raw");
    }

    private static String query(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static final class NoListener implements GroupCommitWriter.Listener {
        @Override
        public void batchCommitted(int submissions, long nanos) {
        }

        @Override
        public void batchFailed(int submissions, Throwable cause) {
        }
    }
}
