package de.ladewerk.gateway.query.persistence;

import de.ladewerk.gateway.query.MeasuredUseQueries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * {@link MeasuredUseQueries} with the time-bucketed SQL of {@link MeasuredUseSql}, in one read-only
 * transaction per measurement.
 */
public final class JdbcMeasuredUseQueries implements MeasuredUseQueries {

    private final DataSource dataSource;

    public JdbcMeasuredUseQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Measured measure(Instant from, Instant to, ZoneId zone, String noDistrict,
                            Function<List<Evse>, List<Port>> group) {
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(to);
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try {
                boolean sessions = exists(c, "ocpp.sessions") && exists(c, "ocpp.power_15m"); // the aggregate implies the samples
                List<Evse> evses = evses(c, start, end, noDistrict, sessions);
                List<Port> ports = group.apply(evses);
                if (!sessions) {
                    return new Measured(evses, ports, false, List.of(), List.of(), List.of(), List.of());
                }
                String z = zone.getId();
                List<Totals> totals = new ArrayList<>();
                query(c, MeasuredUseSql.TOTALS, ports, start, end, List.of(), rs -> totals.add(new Totals(
                        rs.getString("district"), rs.getString("current"), rs.getLong("sessions"), rs.getDouble("kwh"),
                        rs.getDouble("median_dwell_h"))));
                List<HourCount> starts = new ArrayList<>();
                query(c, MeasuredUseSql.STARTS, ports, start, end, List.of(z, z), rs -> starts.add(hour(rs, "starts")));
                List<HourCount> minutes = new ArrayList<>();
                query(c, MeasuredUseSql.OCCUPANCY, ports, start, end, List.of(z, z, z),
                        rs -> minutes.add(hour(rs, "minutes")));
                List<Peak> peaks = new ArrayList<>();
                query(c, MeasuredUseSql.PEAK, ports, start, end, List.of(), rs -> peaks.add(new Peak(
                        rs.getString("district"), rs.getString("current"), rs.getDouble("peak_kw"))));
                return new Measured(evses, ports, true, totals, starts, minutes, peaks);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the measured network: " + e.getMessage(), e);
        }
    }

    private static HourCount hour(ResultSet rs, String value) throws SQLException {
        return new HourCount(rs.getString("district"), rs.getString("current"), rs.getBoolean("weekend"),
                rs.getInt("hour"), rs.getDouble(value));
    }

    private static List<Evse> evses(Connection c, Timestamp start, Timestamp end, String noDistrict, boolean samples)
            throws SQLException {
        List<Evse> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(samples ? MeasuredUseSql.EVSES : MeasuredUseSql.EVSES_WITHOUT_SAMPLES)) {
            ps.setString(1, noDistrict);
            ps.setTimestamp(2, start);
            ps.setTimestamp(3, end);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double peak = rs.getDouble("peak_kw");
                    out.add(new Evse(rs.getString("station_id"), rs.getInt("evse_id"), rs.getString("district"),
                            rs.wasNull() ? null : peak));
                }
            }
        }
        return out;
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs one of the grouped queries: ports arrays, then the window, then the zone parameters. */
    private static void query(Connection c, String sql, List<Port> ports, Timestamp start, Timestamp end,
                              List<String> zones, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", ports.stream().map(Port::stationId).toArray()));
            ps.setArray(2, c.createArrayOf("int4", ports.stream().map(Port::evseId).toArray()));
            ps.setArray(3, c.createArrayOf("text", ports.stream().map(Port::district).toArray()));
            ps.setArray(4, c.createArrayOf("text", ports.stream().map(Port::current).toArray()));
            ps.setTimestamp(5, start);
            ps.setTimestamp(6, end);
            for (int i = 0; i < zones.size(); i++) {
                ps.setString(7 + i, zones.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
