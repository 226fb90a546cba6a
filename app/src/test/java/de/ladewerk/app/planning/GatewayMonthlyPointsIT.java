package de.ladewerk.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.gateway.persistence.Migrations;
import de.ladewerk.gateway.query.persistence.JdbcMeasuredUseQueries;
import de.ladewerk.gateway.query.persistence.JdbcMonthlyPointsQueries;
import de.ladewerk.planning.measured.MonthlyPoints;
import de.ladewerk.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Installed and used points per district and local month, read through the gateway's monthly read port
 * from a real database. Month edges are local (Europe/Berlin): a station created at 23:30 local on
 * 31 January (22:30 UTC) is installed in January, a session at 00:30 local on 1 March (23:30 UTC on
 * 28 February) counts for March.
 */
class GatewayMonthlyPointsIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T10:00:00Z"), BERLIN);

    private static TestDatabase database;
    private static GatewayMeasuredNetworkSource source;
    private static int tx;

    @BeforeAll
    static void fill() throws Exception {
        database = TestDatabase.create("monthly");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(database.jdbcUrl());
        ds.setUser(database.user());
        ds.setPassword(database.password());
        Migrations.migrate(ds);
        try (Connection c = ds.getConnection()) {
            station(c, "WOB-A", "Mitte", "ACCEPTED", LocalDateTime.of(2024, 12, 10, 9, 0), 1, 2);
            station(c, "WOB-B", "Mitte", "ACCEPTED", LocalDateTime.of(2025, 1, 31, 23, 30), 1);
            station(c, "WOB-V", "Vorsfelde", "ACCEPTED", LocalDateTime.of(2025, 2, 15, 12, 0), 1, 2, 3);
            station(c, "WOB-N", null, "ACCEPTED", LocalDateTime.of(2025, 3, 1, 0, 30), 1);
            station(c, "WOB-P", "Mitte", "PENDING", LocalDateTime.of(2024, 12, 1, 12, 0), 1);
            // January: WOB-A EVSE 1 twice (one point used), EVSE 2 not at all
            session(c, "WOB-A", 1, LocalDateTime.of(2025, 1, 5, 18, 0));
            session(c, "WOB-A", 1, LocalDateTime.of(2025, 1, 20, 8, 0));
            // February: WOB-A EVSE 2 and WOB-B; WOB-V EVSE 3
            session(c, "WOB-A", 2, LocalDateTime.of(2025, 2, 2, 7, 0));
            session(c, "WOB-B", 1, LocalDateTime.of(2025, 2, 28, 22, 0));
            session(c, "WOB-V", 3, LocalDateTime.of(2025, 2, 20, 17, 0));
            // March, just after local midnight: March, not February
            session(c, "WOB-B", 1, LocalDateTime.of(2025, 3, 1, 0, 30));
            // a pending station's session counts nowhere
            session(c, "WOB-P", 1, LocalDateTime.of(2025, 2, 10, 12, 0));
        }
        PlanningConfig config = new PlanningConfig(14, BERLIN, 11);
        source = new GatewayMeasuredNetworkSource(new JdbcMeasuredUseQueries(ds), new JdbcMonthlyPointsQueries(ds),
                config, CLOCK);
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void countsInstalledAndUsedPointsPerDistrictAndLocalMonth() {
        List<MonthlyPoints> months = source.monthlyPoints(YearMonth.of(2024, 12), YearMonth.of(2025, 3));
        assertThat(months).containsExactlyInAnyOrder(
                new MonthlyPoints("Mitte", YearMonth.of(2024, 12), 2, 0),
                new MonthlyPoints("Mitte", YearMonth.of(2025, 1), 3, 1),
                new MonthlyPoints("Mitte", YearMonth.of(2025, 2), 3, 2),
                new MonthlyPoints("Vorsfelde", YearMonth.of(2025, 2), 3, 1),
                new MonthlyPoints(GatewayMeasuredNetworkSource.NO_DISTRICT, YearMonth.of(2025, 3), 1, 0),
                new MonthlyPoints("Mitte", YearMonth.of(2025, 3), 3, 1),
                new MonthlyPoints("Vorsfelde", YearMonth.of(2025, 3), 3, 0));
    }

    @Test
    void monthsBeforeAnyStationAreAbsentAndTheCurrentMonthComesFromTheClock() {
        assertThat(source.monthlyPoints(YearMonth.of(2024, 10), YearMonth.of(2024, 11))).isEmpty();
        assertThat(source.currentMonth()).isEqualTo(YearMonth.of(2025, 3));
    }

    @Test
    void aReversedRangeIsRejected() {
        assertThatThrownBy(() -> source.monthlyPoints(YearMonth.of(2025, 3), YearMonth.of(2025, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the first");
    }

    private static void station(Connection c, String id, String district, String status, LocalDateTime created,
                                int... evses) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ocpp.stations (id, district, registration_status, created_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, district);
            ps.setString(3, status);
            ps.setTimestamp(4, Timestamp.from(created.atZone(BERLIN).toInstant()));
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

    private static void session(Connection c, String station, int evse, LocalDateTime localStart) throws Exception {
        Instant start = localStart.atZone(BERLIN).toInstant();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ocpp.sessions (station_id, protocol_version,"
                + " transaction_id, evse_id, connector_id, id_token, started_at, ended_at, meter_start_wh, meter_stop_wh,"
                + " status) VALUES (?, 'ocpp1.6', ?, ?, 1, 'TAG', ?, ?, 1000, 9000, 'ENDED')")) {
            ps.setString(1, station);
            ps.setString(2, Integer.toString(++tx));
            ps.setInt(3, evse);
            ps.setTimestamp(4, Timestamp.from(start));
            ps.setTimestamp(5, Timestamp.from(start.plusSeconds(3600)));
            ps.executeUpdate();
        }
    }
}
