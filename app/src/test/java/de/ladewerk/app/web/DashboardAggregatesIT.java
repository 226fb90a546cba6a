package de.ladewerk.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.ladewerk.gateway.query.DashboardQueries.OccupiedHour;
import de.ladewerk.gateway.query.DashboardQueries.PowerPoint;
import de.ladewerk.gateway.query.persistence.JooqDashboardQueries;
import de.ladewerk.gateway.aggregate.persistence.AggregateRefresher;
import de.ladewerk.gateway.persistence.Migrations;
import de.ladewerk.testsupport.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The power and utilisation charts read the V14 aggregates; they must answer what the same figures
 * computed directly from meter_samples and status_events answer, before and after the aggregates are
 * refreshed (on TimescaleDB the continuous aggregate is refreshed too).
 */
class DashboardAggregatesIT {

    /** The power chart as computed from the raw samples: mean per session (or EVSE) and bucket, summed. */
    private static final String POWER_RAW = """
            SELECT bucket, sum(w)::float8 AS w FROM (
                SELECT date_bin(interval '15 minutes', m.time, timestamptz '2000-01-01') AS bucket, avg(m.normalized_value) AS w
                FROM ocpp.meter_samples m JOIN ocpp.stations st ON st.id = m.station_id
                WHERE m.measurand = 'Power.Active.Import' AND m.phase IS NULL
                  AND m.time >= date_bin(interval '15 minutes', ?::timestamptz, timestamptz '2000-01-01')
                  AND (?::text IS NULL OR st.district = ?)
                GROUP BY 1, m.station_id, m.evse_id, m.session_id) x GROUP BY bucket ORDER BY bucket""";

    private static TestDatabase database;
    private static DSLContext db;
    private static JooqDashboardQueries queries;
    private static AggregateRefresher refresher;

    @BeforeAll
    static void fill() {
        database = TestDatabase.create("dash_aggregates");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(database.jdbcUrl());
        ds.setUser(database.user());
        ds.setPassword(database.password());
        Migrations.migrate(ds);
        db = DSL.using(ds, SQLDialect.POSTGRES);
        queries = new JooqDashboardQueries(db);
        refresher = new AggregateRefresher(ds);
        db.execute("INSERT INTO ocpp.stations (id, district) VALUES ('AGG-1', 'Mitte'), ('AGG-2', 'Detmerode')");
        db.execute("INSERT INTO ocpp.connectors (station_id, evse_id, connector_id, status, protocol_status, status_at) "
                + "VALUES ('AGG-1', 1, 1, 'OCCUPIED', 'Charging', now()), ('AGG-2', 1, 1, 'AVAILABLE', 'Available', now())");
        // two sessions at AGG-1 one after the other, one at AGG-2, one minute apart for the last six hours
        db.execute("INSERT INTO ocpp.meter_samples (time, session_id, station_id, evse_id, measurand, phase, location, "
                + "context, unit, value, normalized_value, normalized_unit, format) "
                + "SELECT now() - make_interval(mins => m), s.session, s.station, 1, 'Power.Active.Import', NULL, 'Outlet', "
                + "'Sample.Periodic', 'W', 3000 + (m % 23) * 271, 3000 + (m % 23) * 271, 'W', 'Raw' "
                + "FROM generate_series(0, 360) m CROSS JOIN (VALUES (1, 'AGG-1'), (2, 'AGG-2')) AS s(session, station) "
                + "WHERE s.session = 2 OR m >= 180 "
                + "UNION ALL SELECT now() - make_interval(mins => m), 3, 'AGG-1', 1, 'Power.Active.Import', NULL, 'Outlet', "
                + "'Sample.Periodic', 'W', 11000 - m, 11000 - m, 'W', 'Raw' FROM generate_series(0, 170) m");
        db.execute("INSERT INTO ocpp.status_events (time, station_id, evse_id, connector_id, status, protocol_status) VALUES "
                + "(now() - interval '7 hours', 'AGG-1', 1, 1, 'OCCUPIED', 'Charging'), "
                + "(now() - interval '3 hours 3 minutes', 'AGG-1', 1, 1, 'AVAILABLE', 'Available'), "
                + "(now() - interval '2 hours 50 minutes', 'AGG-1', 1, 1, 'OCCUPIED', 'Charging'), "
                + "(now() - interval '6 hours', 'AGG-2', 1, 1, 'OCCUPIED', 'Charging'), "
                + "(now() - interval '10 minutes', 'AGG-2', 1, 1, 'AVAILABLE', 'Available')");
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    private static void refresh() {
        try {
            assertThat(refresher.refreshAll()).contains("ocpp.occupancy_hourly");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        if (db.fetchOne("SELECT timescaledb FROM ocpp.storage_layout").get(0, Boolean.class)) {
            db.execute("CALL refresh_continuous_aggregate('ocpp.power_15m', NULL, NULL)");
        }
    }

    private static void assertPowerMatches(Instant from, String district) {
        List<PowerPoint> chart = queries.power(from, district);
        List<PowerPoint> raw = db.fetch(POWER_RAW, from.atOffset(ZoneOffset.UTC), district, district)
                .map(r -> new PowerPoint(r.get("bucket", OffsetDateTime.class).toInstant(), r.get("w", Double.class) / 1000));
        assertThat(raw).hasSizeGreaterThan(district == null ? 20 : 10);
        assertThat(chart).hasSameSizeAs(raw);
        for (int i = 0; i < raw.size(); i++) {
            assertThat(chart.get(i).time()).isEqualTo(raw.get(i).time());
            assertThat(chart.get(i).powerKw()).as(raw.get(i).time().toString()).isCloseTo(raw.get(i).powerKw(), within(1e-9));
        }
    }

    private static double occupiedSeconds(List<OccupiedHour> hours) {
        return hours.stream().mapToDouble(OccupiedHour::occupiedSeconds).sum();
    }

    @Test
    void powerAndUtilisationAreTheSameFromTheAggregatesAsFromTheRawRows() {
        Instant from = Instant.now().minus(Duration.ofHours(8));
        for (int round = 0; round < 2; round++) {
            assertPowerMatches(from, null);
            assertPowerMatches(from, "Mitte");
            // OCCUPIED: AGG-1 7 h − 3 h 3 min, then 2 h 50 min up to now; AGG-2 6 h − 10 min
            double expected = Duration.ofHours(4).minusMinutes(3).plusMinutes(170).toSeconds()
                    + Duration.ofHours(6).minusMinutes(10).toSeconds();
            assertThat(occupiedSeconds(queries.occupiedHours(from, null))).isCloseTo(expected, within(5.0));
            assertThat(occupiedSeconds(queries.occupiedHours(from, "Detmerode")))
                    .isCloseTo(Duration.ofHours(6).minusMinutes(10).toSeconds(), within(1e-6));
            refresh();
        }
    }
}
