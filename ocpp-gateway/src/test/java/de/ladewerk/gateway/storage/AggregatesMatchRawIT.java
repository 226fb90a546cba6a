package de.ladewerk.gateway.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.aggregate.persistence.AggregateRefresher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The aggregates (V14) answer exactly what a direct computation over the raw rows answers: before any
 * refresh (all from the raw rows), after a refresh (materialized part up to the watermark plus the raw
 * tail, with spans and buckets crossing the watermark), and again after late rows arrived and the next
 * refresh ran. On TimescaleDB the continuous aggregates are refreshed with refresh_continuous_aggregate
 * (unqualified, as in a psql session); {@link PlainAggregatesMatchRawIT} runs the same on plain PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregatesMatchRawIT {

    private static final String ORIGIN = "TIMESTAMPTZ '2000-01-01 00:00:00+00'";

    private static final String POWER_RAW = "SELECT date_bin(INTERVAL '15 minutes', time, " + ORIGIN + "), station_id, "
            + "evse_id, session_id, location, sum(normalized_value), count(normalized_value), max(normalized_value) "
            + "FROM ocpp.meter_samples WHERE measurand = 'Power.Active.Import' AND phase IS NULL GROUP BY 1, 2, 3, 4, 5";
    private static final String POWER_VIEW = "SELECT bucket, station_id, evse_id, session_id, location, sum_w, samples, "
            + "max_w FROM ocpp.power_15m";
    private static final String ENERGY_RAW = "SELECT date_bin(INTERVAL '1 hour', time, " + ORIGIN + "), station_id, "
            + "evse_id, session_id, min(normalized_value), max(normalized_value), count(normalized_value) "
            + "FROM ocpp.meter_samples WHERE measurand = 'Energy.Active.Import.Register' AND phase IS NULL "
            + "GROUP BY 1, 2, 3, 4";
    private static final String ENERGY_VIEW = "SELECT bucket, station_id, evse_id, session_id, first_wh, last_wh, samples "
            + "FROM ocpp.energy_hourly";
    /** A status lasts until the connector's next report (or now); OCCUPIED spans cut into hours. */
    private static final String OCCUPANCY_RAW = """
            SELECT h, station_id, evse_id, connector_id, sum(extract(epoch FROM least(e, h + INTERVAL '1 hour') - greatest(s, h)))
              FROM (SELECT station_id, evse_id, connector_id, status, time AS s,
                           coalesce(lead(time) OVER (PARTITION BY station_id, evse_id, connector_id ORDER BY time), now()) AS e
                      FROM ocpp.status_events WHERE evse_id > 0) sp
             CROSS JOIN LATERAL generate_series(date_bin(INTERVAL '1 hour', s, TIMESTAMPTZ '2000-01-01 00:00:00+00'),
                                                e, INTERVAL '1 hour') AS g(h)
             WHERE status = 'OCCUPIED' AND h < e GROUP BY 1, 2, 3, 4""";
    private static final String OCCUPANCY_VIEW = "SELECT bucket, station_id, evse_id, connector_id, occupied_seconds "
            + "FROM ocpp.occupancy_hourly";

    private MigratedDatabase db;

    /** Whether this class's database must stay plain PostgreSQL. */
    boolean plain() {
        return false;
    }

    @BeforeAll
    void migrate() throws Exception {
        db = new MigratedDatabase(plain() ? "aggregates_plain" : "aggregates", plain());
        db.sql("INSERT INTO ocpp.stations (id) VALUES ('AGG-A'), ('AGG-B')");
        db.sql("INSERT INTO ocpp.connectors (station_id, evse_id, connector_id, status, protocol_status, status_at) VALUES "
                + "('AGG-A', 1, 1, 'OCCUPIED', 'Charging', now()), ('AGG-B', 1, 1, 'OCCUPIED', 'Charging', now())");
        // session 1 at A for the last five hours up to now, session 2 at B over the last two, samples every
        // 5 minutes; phase rows, inlet rows and samples outside a session are there to be told apart
        samples("AGG-A", 1, "1", 300, "NULL", "Outlet");
        samples("AGG-A", 1, "1", 300, "'L1'", "Outlet");
        samples("AGG-A", 1, "1", 120, "NULL", "Inlet");
        samples("AGG-B", 1, "2", 120, "NULL", "Outlet");
        samples("AGG-B", 2, "NULL", 90, "NULL", "Outlet");
        status("AGG-A", 1, "4 hours 10 minutes", "OCCUPIED");
        status("AGG-A", 1, "2 hours 20 minutes", "AVAILABLE");
        status("AGG-A", 1, "30 minutes", "OCCUPIED");
        status("AGG-A", 0, "5 hours", "OCCUPIED"); // the station as a whole: no connector, not counted
        status("AGG-B", 1, "26 hours", "OCCUPIED"); // still going: crosses every watermark
    }

    @AfterAll
    void drop() {
        db.close();
    }

    private void samples(String station, int evse, String session, int minutesBack, String phase, String location)
            throws Exception {
        db.sql("INSERT INTO ocpp.meter_samples (time, session_id, station_id, evse_id, measurand, phase, location, context, "
                + "unit, value, normalized_value, normalized_unit, format) "
                + "SELECT now() - make_interval(mins => m), " + session + ", '" + station + "', " + evse + ", x.measurand, "
                + phase + ", '" + location + "', 'Sample.Periodic', x.unit, x.v, x.v, x.unit, 'Raw' "
                + "FROM generate_series(0, " + minutesBack + ", 5) AS m CROSS JOIN LATERAL (VALUES "
                + "('Power.Active.Import', 'W', 7000 + (m % 17) * 113.5), "
                + "('Energy.Active.Import.Register', 'Wh', 100000 + (" + minutesBack + " - m) * 120.25)) AS x(measurand, unit, v)");
    }

    private void status(String station, int evse, String ago, String status) throws Exception {
        db.sql("INSERT INTO ocpp.status_events (time, station_id, evse_id, connector_id, status, protocol_status) VALUES "
                + "(now() - INTERVAL '" + ago + "', '" + station + "', " + evse + ", " + (evse == 0 ? 0 : 1) + ", '"
                + status + "', '" + status + "')");
    }

    /** Rows in one and not the other, counted in both directions (duplicates count). */
    private long difference(String raw, String view) throws Exception {
        return db.number("WITH r AS (" + raw + "), v AS (" + view + ") "
                + "SELECT count(*) FROM ((TABLE r EXCEPT ALL TABLE v) UNION ALL (TABLE v EXCEPT ALL TABLE r)) d");
    }

    private void assertAllMatch() throws Exception {
        assertThat(db.number("SELECT count(*) FROM (" + POWER_RAW + ") r")).isGreaterThan(20);
        assertThat(db.number("SELECT count(*) FROM (" + OCCUPANCY_RAW + ") r")).isGreaterThan(8);
        assertThat(difference(POWER_RAW, POWER_VIEW)).as("power_15m").isZero();
        assertThat(difference(ENERGY_RAW, ENERGY_VIEW)).as("energy_hourly").isZero();
        assertThat(difference(OCCUPANCY_RAW, OCCUPANCY_VIEW)).as("occupancy_hourly").isZero();
    }

    private void refresh() throws Exception {
        assertThat(new AggregateRefresher(db.dataSource).refreshAll()).contains("ocpp.occupancy_hourly");
        if (db.timescale()) {
            db.sql("CALL refresh_continuous_aggregate('ocpp.power_15m', NULL, NULL)");
            db.sql("CALL refresh_continuous_aggregate('ocpp.energy_hourly', NULL, NULL)");
        }
    }

    @Test
    void theAggregatesEqualTheRawComputationBeforeAndAfterRefreshesAndLateRows() throws Exception {
        assertAllMatch();

        refresh();
        assertThat(db.number("SELECT count(*) FROM ocpp.occupancy_hourly_materialized")).isGreaterThan(20);
        assertThat(db.bool("SELECT complete_before = date_bin(INTERVAL '1 hour', refreshed_at, " + ORIGIN + ") "
                + "FROM ocpp.aggregate_refreshes WHERE view_name = 'ocpp.occupancy_hourly'")).isTrue();
        if (!db.timescale()) {
            assertThat(db.number("SELECT count(*) FROM ocpp.power_15m_materialized")).isGreaterThan(10);
            assertThat(db.number("SELECT count(*) FROM ocpp.energy_hourly_materialized")).isGreaterThan(4);
        }
        assertAllMatch();

        // a station that was offline delivers old rows, before the watermark: the next refresh takes them in
        samples("AGG-B", 1, "3", 200, "NULL", "Outlet");
        status("AGG-B", 1, "20 hours", "AVAILABLE");
        refresh();
        assertAllMatch();
    }

    @Test
    void aSecondNodeSkipsAViewThatIsBeingRefreshed() throws Exception {
        try (var c = db.dataSource.getConnection(); var s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SELECT pg_advisory_xact_lock(hashtext('ladewerk aggregate ocpp.occupancy_hourly'))");
            assertThat(new AggregateRefresher(db.dataSource).refreshAll()).doesNotContain("ocpp.occupancy_hourly");
            c.rollback();
        }
        assertThat(new AggregateRefresher(db.dataSource).refreshAll()).contains("ocpp.occupancy_hourly");
    }
}
