package de.ladewerk.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.ladewerk.app.planning.GatewayMeasuredNetworkSource;
import de.ladewerk.planning.measured.CurrentType;
import de.ladewerk.planning.measured.InMemoryMeasuredSource;
import de.ladewerk.planning.measured.InstalledPort;
import de.ladewerk.planning.measured.MeasuredSession;
import de.ladewerk.planning.measured.MeasuredUse;
import de.ladewerk.planning.measured.SessionLog;
import de.ladewerk.gateway.aggregate.persistence.AggregateRefresher;
import de.ladewerk.gateway.persistence.Migrations;
import de.ladewerk.gateway.query.persistence.JdbcMeasuredUseQueries;
import de.ladewerk.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The measured-reality SQL against a database filled with sessions: every figure but the peak must equal
 * the planning module's reference aggregation ({@link SessionLog}) of the same sessions; the peak is
 * worked out by hand (two 11 kW sessions overlap once).
 */
class GatewayMeasuredNetworkSourceIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 14 complete days before 20 March 2025 (no daylight-saving switch inside). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T10:00:00Z"), BERLIN);
    private static final LocalDate FROM = LocalDate.of(2025, 3, 6);
    private static final LocalDate TO = LocalDate.of(2025, 3, 20);

    private static TestDatabase database;
    private static PGSimpleDataSource ds;
    private static final List<MeasuredSession> SESSIONS = new ArrayList<>();
    private static int tx;

    @BeforeAll
    static void fill() throws Exception {
        database = TestDatabase.create("measured");
        ds = new PGSimpleDataSource();
        ds.setUrl(database.jdbcUrl());
        ds.setUser(database.user());
        ds.setPassword(database.password());
        Migrations.migrate(ds);
        try (Connection c = ds.getConnection()) {
            station(c, "WOB-A", "Mitte", "ACCEPTED", 1, 2);
            station(c, "WOB-B", "Vorsfelde", "ACCEPTED", 1);
            station(c, "WOB-C", null, "ACCEPTED", 1);
            station(c, "WOB-P", "Mitte", "PENDING", 1);
            // 26 AC sessions on WOB-A every 13 h (never overlapping one another), alternating EVSEs
            for (int i = 0; i < 26; i++) {
                LocalDateTime start = FROM.atTime(6, 7).plusHours(13L * i);
                session(c, "WOB-A", 1 + i % 2, "Mitte", CurrentType.AC, start, 60 + (i % 5) * 37, 11_000, "ENDED");
            }
            // one more AC session overlapping the first one on the other EVSE: the 22 kW peak
            session(c, "WOB-A", 2, "Mitte", CurrentType.AC, FROM.atTime(6, 30), 45, 11_000, "ENDED");
            for (int i = 0; i < 9; i++) {
                session(c, "WOB-B", 1, "Vorsfelde", CurrentType.DC, FROM.atTime(17, 0).plusDays(i).plusMinutes(i * 11),
                        25 + i, 50_000, "ENDED");
            }
            // outside the window, still running, and on a pending station: not measured
            session(c, "WOB-A", 1, "Mitte", CurrentType.AC, FROM.minusDays(1).atTime(12, 0), 90, 11_000, "ENDED");
            session(c, "WOB-A", 1, "Mitte", CurrentType.AC, TO.atTime(8, 0), 90, 11_000, "ENDED");
            session(c, "WOB-A", 2, "Mitte", CurrentType.AC, TO.minusDays(1).atTime(23, 0), 30, 11_000, "ACTIVE");
            session(c, "WOB-P", 1, "Mitte", CurrentType.AC, FROM.atTime(12, 0), 90, 11_000, "ENDED");
        }
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    private static void station(Connection c, String id, String district, String status, int... evses) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ocpp.stations (id, district, registration_status) VALUES (?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, district);
            ps.setString(3, status);
            ps.executeUpdate();
        }
        for (int evse : evses) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ocpp.connectors (station_id, evse_id, connector_id,"
                    + " status, protocol_status, status_at) VALUES (?, ?, 1, 'AVAILABLE', 'Available', now())")) {
                ps.setString(1, id);
                ps.setInt(2, evse);
                ps.executeUpdate();
            }
        }
    }

    /** A session charging at constant power for its whole plug-in time, power metered every 5 minutes. */
    private static void session(Connection c, String station, int evse, String district, CurrentType current,
                                LocalDateTime localStart, int minutes, int watts, String status) throws Exception {
        Instant start = localStart.atZone(BERLIN).toInstant();
        Instant end = start.plus(Duration.ofMinutes(minutes));
        long wh = (long) watts * minutes / 60;
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ocpp.sessions (station_id, protocol_version,"
                + " transaction_id, evse_id, connector_id, id_token, started_at, ended_at, meter_start_wh, meter_stop_wh,"
                + " status) VALUES (?, 'ocpp1.6', ?, ?, 1, 'TAG', ?, ?, 1000, ?, ?) RETURNING id")) {
            ps.setString(1, station);
            ps.setString(2, Integer.toString(++tx));
            ps.setInt(3, evse);
            ps.setTimestamp(4, Timestamp.from(start));
            ps.setTimestamp(5, status.equals("ENDED") ? Timestamp.from(end) : null);
            ps.setLong(6, 1000 + wh);
            ps.setString(7, status);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ocpp.meter_samples (time, session_id, station_id,"
                + " evse_id, measurand, location, context, unit, value, normalized_value, normalized_unit, format)"
                + " VALUES (?, ?, ?, ?, 'Power.Active.Import', 'Outlet', 'Sample.Periodic', 'W', ?, ?, 'W', 'Raw')")) {
            for (Instant t = start; t.isBefore(end); t = t.plus(Duration.ofMinutes(5))) {
                ps.setTimestamp(1, Timestamp.from(t));
                ps.setLong(2, id);
                ps.setString(3, station);
                ps.setInt(4, evse);
                ps.setInt(5, watts);
                ps.setInt(6, watts);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (status.equals("ENDED") && !station.equals("WOB-P") && !localStart.toLocalDate().isBefore(FROM)
                && localStart.toLocalDate().isBefore(TO)) {
            SESSIONS.add(new MeasuredSession(station, district, current, localStart, localStart.plusMinutes(minutes),
                    wh / 1000.0, watts / 1000.0));
        }
    }

    private static GatewayMeasuredNetworkSource source() {
        return new GatewayMeasuredNetworkSource(new JdbcMeasuredUseQueries(ds), new PlanningConfig(14, BERLIN, 11), CLOCK);
    }

    @Test
    void installedPortsAreTheAcceptedStationsEvsesClassifiedByMeteredPower() {
        List<InstalledPort> ports = source().installedPorts();
        assertThat(ports).containsExactlyInAnyOrder(
                new InstalledPort("WOB-A", "Mitte", 2, 11, CurrentType.AC),
                new InstalledPort("WOB-B", "Vorsfelde", 1, 50, CurrentType.DC),
                new InstalledPort("WOB-C", GatewayMeasuredNetworkSource.NO_DISTRICT, 1, 11, CurrentType.AC));
    }

    @Test
    void measuredUseEqualsTheReferenceAggregationOfTheSameSessions() {
        InMemoryMeasuredSource measured = source().snapshot();
        List<MeasuredUse> expected = SessionLog.aggregate(measured.installedPorts(), SESSIONS, FROM, TO);
        List<MeasuredUse> actual = new ArrayList<>(measured.measuredUse());
        Comparator<MeasuredUse> order = Comparator.comparing(MeasuredUse::district).thenComparing(MeasuredUse::current);
        expected = expected.stream().sorted(order).toList();
        actual.sort(order);
        assertThat(actual).hasSize(2).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            MeasuredUse e = expected.get(i);
            MeasuredUse a = actual.get(i);
            assertThat(a.district()).isEqualTo(e.district());
            assertThat(a.current()).isEqualTo(e.current());
            assertThat(a.days()).isEqualTo(14);
            assertThat(a.sessionsPerPortPerDay()).isCloseTo(e.sessionsPerPortPerDay(), within(1e-9));
            assertThat(a.energyKwhPerDay()).isCloseTo(e.energyKwhPerDay(), within(1e-9));
            assertThat(a.meanEnergyPerSessionKwh()).isCloseTo(e.meanEnergyPerSessionKwh(), within(1e-9));
            assertThat(a.medianDwellHours()).isCloseTo(e.medianDwellHours(), within(1e-9));
            assertThat(a.startsWeekday()).containsExactly(e.startsWeekday());
            assertThat(a.startsWeekend()).containsExactly(e.startsWeekend());
            assertThat(a.occupancyWeekday()).containsExactly(e.occupancyWeekday(), within(1e-9));
            assertThat(a.occupancyWeekend()).containsExactly(e.occupancyWeekend(), within(1e-9));
        }
        assertThat(actual.get(0).sessions()).isEqualTo(27); // Mitte AC: 26 + the overlapping one
        assertThat(actual.get(0).peakPowerKw()).isCloseTo(22.0, within(1e-9));
        assertThat(actual.get(1).peakPowerKw()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void thePowerFiguresAreTheSameWhenTheAggregatesComeFromTheirMaterializedPart() throws Exception {
        InMemoryMeasuredSource live = source().snapshot();
        // the samples are a year and more old: after a refresh they are all in the materialized part
        assertThat(new AggregateRefresher(ds).refreshAll()).isNotEmpty();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            boolean timescale;
            try (ResultSet rs = s.executeQuery("SELECT timescaledb FROM ocpp.storage_layout")) {
                timescale = rs.next() && rs.getBoolean(1);
            }
            if (timescale) {
                s.execute("CALL refresh_continuous_aggregate('ocpp.power_15m', NULL, NULL)");
            } else {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM ocpp.power_15m_materialized")) {
                    assertThat(rs.next() && rs.getLong(1) > 0).as("materialized rows").isTrue();
                }
            }
        }
        InMemoryMeasuredSource materialized = source().snapshot();
        assertThat(materialized.installedPorts()).isEqualTo(live.installedPorts());
        assertThat(materialized.measuredUse()).extracting(MeasuredUse::peakPowerKw)
                .containsExactlyElementsOf(live.measuredUse().stream().map(MeasuredUse::peakPowerKw).toList());
    }
}
