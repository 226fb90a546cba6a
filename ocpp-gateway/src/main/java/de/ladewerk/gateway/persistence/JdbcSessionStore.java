package de.ladewerk.gateway.persistence;

import static de.ladewerk.gateway.persistence.SessionChangeWrites.setInt;
import static de.ladewerk.gateway.persistence.SessionChangeWrites.time;

import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.authorization.IdTokenType;
import de.ladewerk.gateway.session.MeterSample;
import de.ladewerk.gateway.dataquality.Rejection;
import de.ladewerk.gateway.session.SessionChanges;
import de.ladewerk.gateway.session.SessionEnded;
import de.ladewerk.gateway.session.SessionRecord;
import de.ladewerk.gateway.session.SessionStart;
import de.ladewerk.gateway.session.SessionState;
import de.ladewerk.gateway.session.SessionStore;
import de.ladewerk.gateway.session.SignedValue;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import javax.sql.DataSource;

/**
 * {@link SessionStore} on PostgreSQL: starts and lookups as short JDBC transactions (worker threads),
 * everything else through the group-commit writer.
 */
public final class JdbcSessionStore implements SessionStore {

    // 1.6 ids come from the sequence; ON CONFLICT catches a replay (start key) or a retry (transaction id)
    private static final String INSERT = """
            INSERT INTO ocpp.sessions (station_id, protocol_version, transaction_id, start_key, evse_id, connector_id,
              id_token, id_token_type, auth_status, started_at, meter_start_wh, reservation_id, remote_start_id,
              charging_state, status, offline, meter_serial_number)
            VALUES (?, ?, COALESCE(?, nextval('ocpp.v16_transaction_ids')::text), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
              'ACTIVE', ?, (SELECT meter_serial_number FROM ocpp.stations WHERE id = ?))
            ON CONFLICT DO NOTHING RETURNING transaction_id""";
    private static final String FIND = """
            SELECT id, transaction_id, evse_id, connector_id, id_token, id_token_type, started_at, meter_start_wh,
              last_energy_wh, last_energy_at, charging_state, status,
              ARRAY(SELECT e.seq_no FROM ocpp.transaction_events e WHERE e.session_id = s.id) AS seq_nos
            FROM ocpp.sessions s WHERE station_id = ? AND\s""";
    private static final String ACTIVE_ELSEWHERE = """
            SELECT EXISTS (SELECT 1 FROM ocpp.sessions WHERE id_token = ? AND status = 'ACTIVE'
              AND NOT (station_id = ? AND evse_id IS NOT DISTINCT FROM ?))""";
    private static final String STATUS_ANSWER = """
            UPDATE ocpp.transaction_seq_gaps SET status_asked_at = now(), ongoing_indicator = ?, messages_in_queue = ?,
              status_error = ? WHERE station_id = ? AND transaction_id = ? AND received_seq_no = ?""";

    private final DataSource dataSource;
    private final GroupCommitWriter writer;
    private final JooqSessionQueries queries;

    public JdbcSessionStore(DataSource dataSource, GroupCommitWriter writer, JooqSessionQueries queries) {
        this.dataSource = dataSource;
        this.writer = writer;
        this.queries = queries;
    }

    @Override
    public Started start(SessionStart s, String authStatus, List<Rejection> rejections) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                String transactionId = insert(c, s, authStatus);
                boolean created = transactionId != null;
                SessionState state = created ? find(c, s.stationId(), "transaction_id = ?", transactionId).orElseThrow()
                        : s.transactionId() != null ? find(c, s.stationId(), "transaction_id = ?", s.transactionId()).orElseThrow()
                        : find(c, s.stationId(), "start_key = ?", s.startKey()).orElseThrow();
                if (created && s.reservationId() != null) {
                    useReservation(c, s.stationId(), s.reservationId(), state.sessionId());
                }
                if (created && !rejections.isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement(SessionChangeWrites.REJECTION)) {
                        for (Rejection r : rejections) {
                            SessionChangeWrites.bindRejection(ps, s.stationId(), state.sessionId(), state.transactionId(), r);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                c.commit();
                return new Started(state, created);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not start session of " + s.stationId() + ": " + e.getMessage(), e);
        }
    }

    /** The reservation the new session started on is used up, in the same transaction as the session. */
    private static void useReservation(Connection c, String stationId, int reservationId, long sessionId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ocpp.reservations SET status = 'USED', "
                + "used_by_session = ?, updated_at = now() WHERE station_id = ? AND reservation_id = ? AND status = 'ACTIVE'")) {
            ps.setLong(1, sessionId);
            ps.setString(2, stationId);
            ps.setInt(3, reservationId);
            ps.executeUpdate();
        }
    }

    private static String insert(Connection c, SessionStart s, String authStatus) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, s.stationId());
            ps.setString(2, s.protocolVersion());
            ps.setString(3, s.transactionId());
            ps.setString(4, s.startKey());
            setInt(ps, 5, s.evseId());
            setInt(ps, 6, s.connectorId());
            ps.setString(7, s.token() == null ? null : s.token().value());
            ps.setString(8, s.token() == null ? null : s.token().type().name());
            ps.setString(9, authStatus);
            ps.setObject(10, time(s.startedAt()));
            ps.setBigDecimal(11, s.meterStartWh());
            setInt(ps, 12, s.reservationId());
            setInt(ps, 13, s.remoteStartId());
            ps.setString(14, s.chargingState());
            ps.setBoolean(15, s.offline());
            ps.setString(16, s.stationId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Creates the coming months' meter-sample partitions (plain PostgreSQL; nothing on TimescaleDB). Blocking. */
    public static void ensurePartitions(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT ocpp.ensure_meter_sample_partitions(12)")) {
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not create meter-sample partitions: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean tokenActiveElsewhere(String tokenValue, String stationId, Integer evseId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(ACTIVE_ELSEWHERE)) {
            ps.setString(1, tokenValue);
            ps.setString(2, stationId);
            setInt(ps, 3, evseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the token's sessions: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<SessionState> find(String stationId, String transactionId) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, stationId, "transaction_id = ?", transactionId);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read session " + transactionId + ": " + e.getMessage(), e);
        }
    }

    private static Optional<SessionState> find(Connection c, String stationId, String where, String key)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIND + where)) {
            ps.setString(1, stationId);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String token = rs.getString("id_token");
                Array seqs = rs.getArray("seq_nos");
                Integer[] seqNos = (Integer[]) seqs.getArray();
                return Optional.of(new SessionState(rs.getLong("id"), stationId, rs.getString("transaction_id"),
                        (Integer) rs.getObject("evse_id"), (Integer) rs.getObject("connector_id"),
                        token == null ? null : new IdToken(token, IdTokenType.valueOf(rs.getString("id_token_type"))),
                        rs.getObject("started_at", OffsetDateTime.class).toInstant(), rs.getBigDecimal("meter_start_wh"),
                        rs.getBigDecimal("last_energy_wh"), JooqSessionQueries.instant(rs.getObject("last_energy_at",
                        OffsetDateTime.class)), rs.getString("charging_state"),
                        SessionRecord.ENDED.equals(rs.getString("status")), Arrays.asList(seqNos)));
            }
        }
    }

    @Override
    public CompletionStage<Void> write(SessionChanges changes) {
        return writer.submit(SessionChangeWrites.of(changes));
    }

    @Override
    public CompletionStage<Void> statusAnswer(String stationId, String transactionId, int receivedSeqNo, Boolean ongoing,
                                              Boolean messagesInQueue, String error) {
        return writer.submit(new GroupCommitWriter.Write(STATUS_ANSWER, ps -> {
            ps.setObject(1, ongoing, java.sql.Types.BOOLEAN);
            ps.setObject(2, messagesInQueue, java.sql.Types.BOOLEAN);
            ps.setString(3, error);
            ps.setString(4, stationId);
            ps.setString(5, transactionId);
            ps.setInt(6, receivedSeqNo);
        }));
    }

    @Override
    public Optional<SessionEnded> ended(long sessionId) {
        return queries.ended(sessionId);
    }
}
