package de.ladewerk.app.billing.persistence;

import de.ladewerk.app.billing.EndedSession;
import de.ladewerk.app.billing.EndedSessions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link EndedSessions} over the gateway's tables ({@code ocpp.sessions}, {@code ocpp.meter_samples},
 * {@code ocpp.signed_meter_values}, {@code ocpp.id_tokens}) in one read-only transaction per session.
 */
public final class JdbcEndedSessions implements EndedSessions {

    private static final String SESSION = """
            SELECT s.id, s.station_id, s.evse_id, s.connector_id, s.id_token, s.id_token_type, s.started_at,
                   s.ended_at, s.meter_start_wh, s.meter_stop_wh, s.remote_start_id IS NOT NULL AS remote_start,
                   s.offline, coalesce(s.meter_serial_number, st.meter_serial_number) AS meter_serial
              FROM ocpp.sessions s LEFT JOIN ocpp.stations st ON st.id = s.station_id
             WHERE s.id = ? AND s.status = 'ENDED'""";

    /** Energy register and total active power at the outlet, per instant (phase rows are left out). */
    private static final String READINGS = """
            SELECT time,
                   max(normalized_value) FILTER (WHERE measurand = 'Energy.Active.Import.Register') AS energy_wh,
                   max(normalized_value) FILTER (WHERE measurand = 'Power.Active.Import') AS power_w
              FROM ocpp.meter_samples
             WHERE session_id = ? AND phase IS NULL AND location = 'Outlet'
               AND measurand IN ('Energy.Active.Import.Register', 'Power.Active.Import')
             GROUP BY time ORDER BY time""";

    private static final String SIGNED = """
            SELECT signed_data, encoding_method, signing_method, public_key
              FROM ocpp.signed_meter_values WHERE session_id = ? ORDER BY time, id""";

    private static final String UNBILLED = """
            SELECT s.id FROM ocpp.sessions s
             WHERE s.status = 'ENDED' AND s.ended_at >= ?
               AND NOT EXISTS (SELECT 1 FROM billing.cdrs c WHERE c.session_id = s.id::text)
               AND NOT EXISTS (SELECT 1 FROM billing.held_sessions h WHERE h.session_id = s.id::text)
             ORDER BY s.ended_at LIMIT ?""";

    private final DataSource dataSource;
    private final CustomerRefs customers;

    public JdbcEndedSessions(DataSource dataSource) {
        this.dataSource = dataSource;
        this.customers = new CustomerRefs();
    }

    /** Whether the gateway's session tables exist (a database migrated before sessions were stored has none). */
    private static boolean sessionsStored(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass('ocpp.sessions') IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    @Override
    public Optional<EndedSession> find(String sessionId) {
        long id;
        try {
            id = Long.parseLong(sessionId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try {
                return read(c, id);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    private Optional<EndedSession> read(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SESSION)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String token = rs.getString("id_token");
                String tokenType = rs.getString("id_token_type");
                return Optional.of(new EndedSession(Long.toString(id), rs.getString("station_id"),
                        orZero(rs, "evse_id"), orZero(rs, "connector_id"), token, tokenType,
                        rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("ended_at").toInstant(),
                        rs.getBigDecimal("meter_start_wh"), rs.getBigDecimal("meter_stop_wh"),
                        rs.getBoolean("remote_start"), rs.getBoolean("offline"), rs.getString("meter_serial"),
                        token == null ? null : customers.of(c, token, tokenType), readings(c, id), signed(c, id)));
            }
        }
    }

    private static int orZero(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? 0 : v;
    }

    private static List<EndedSession.Reading> readings(Connection c, long id) throws SQLException {
        List<EndedSession.Reading> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(READINGS)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EndedSession.Reading(rs.getTimestamp("time").toInstant(),
                            rs.getBigDecimal("energy_wh"), rs.getBigDecimal("power_w")));
                }
            }
        }
        return out;
    }

    private static List<EndedSession.Signed> signed(Connection c, long id) throws SQLException {
        List<EndedSession.Signed> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SIGNED)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EndedSession.Signed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    @Override
    public List<String> unbilledEndedSince(Instant since, int limit) {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            if (!sessionsStored(c)) {
                return ids;
            }
            try (PreparedStatement ps = c.prepareStatement(UNBILLED)) {
                ps.setTimestamp(1, Timestamp.from(since));
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(Long.toString(rs.getLong(1)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list unbilled sessions: " + e.getMessage(), e);
        }
        return ids;
    }
}
