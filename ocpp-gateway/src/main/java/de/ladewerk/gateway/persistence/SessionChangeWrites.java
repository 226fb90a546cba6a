package de.ladewerk.gateway.persistence;

import de.ladewerk.gateway.persistence.GroupCommitWriter.Write;
import de.ladewerk.gateway.session.MeterSample;
import de.ladewerk.gateway.dataquality.Rejection;
import de.ladewerk.gateway.session.SessionChanges;
import de.ladewerk.gateway.session.SignedValue;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One message's {@link SessionChanges} as group-commit statements. Every statement text is fixed, so
 * the writer batches the same statement of many stations together (multi-row INSERTs with
 * {@code reWriteBatchedInserts}; meter samples, the bulk, as one {@link MeterSampleRows} unnest INSERT).
 * Duplicates (a retried message) are ignored by the unique indexes.
 */
final class SessionChangeWrites {

    private static final String SIGNED = """
            INSERT INTO ocpp.signed_meter_values (time, session_id, station_id, evse_id, measurand, context, signed_data,
              signing_method, encoding_method, public_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    static final String REJECTION = """
            INSERT INTO ocpp.data_rejections (station_id, session_id, transaction_id, kind, action, received, stored, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    // null keeps a column; the first token stays the session's (later ones are in transaction_events)
    private static final String UPDATE = """
            UPDATE ocpp.sessions SET last_energy_wh = COALESCE(?, last_energy_wh), last_energy_at = COALESCE(?, last_energy_at),
              evse_id = COALESCE(?, evse_id), connector_id = COALESCE(?, connector_id),
              id_token = COALESCE(id_token, ?), id_token_type = COALESCE(id_token_type, ?),
              charging_state = COALESCE(?, charging_state), offline = offline OR ?,
              last_seq_no = GREATEST(last_seq_no, ?), ended_at = COALESCE(?, ended_at),
              meter_stop_wh = COALESCE(?, meter_stop_wh), stop_reason = COALESCE(?, stop_reason),
              stop_id_token = COALESCE(?, stop_id_token), status = CASE WHEN ? THEN 'ENDED' ELSE status END,
              remote_start_id = COALESCE(remote_start_id, ?), updated_at = now()
            WHERE id = ?""";
    private static final String EVENT = """
            INSERT INTO ocpp.transaction_events (station_id, transaction_id, seq_no, session_id, event_type, trigger_reason,
              time, offline, charging_state, stopped_reason, id_token, id_token_type)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String GAP = """
            INSERT INTO ocpp.transaction_seq_gaps (station_id, transaction_id, session_id, expected_seq_no, received_seq_no)
            VALUES (?, ?, ?, ?, ?)""";

    private SessionChangeWrites() {
    }

    static List<Write> of(SessionChanges c) {
        List<Write> writes = new ArrayList<>(c.samples().size() + c.signed().size() + c.rejections().size() + 3);
        for (MeterSample s : c.samples()) {
            writes.add(sample(c.stationId(), c.sessionId(), s));
        }
        for (SignedValue v : c.signed()) {
            writes.add(new Write(SIGNED, ps -> {
                ps.setObject(1, time(v.time()));
                setLong(ps, 2, c.sessionId());
                ps.setString(3, c.stationId());
                ps.setInt(4, v.evseId());
                ps.setString(5, v.measurand());
                ps.setString(6, v.context());
                ps.setString(7, v.signedData());
                ps.setString(8, v.signingMethod());
                ps.setString(9, v.encodingMethod());
                ps.setString(10, v.publicKey());
            }));
        }
        for (Rejection r : c.rejections()) {
            writes.add(rejection(c.stationId(), c.sessionId(), c.transactionId(), r));
        }
        if (c.update() != null && c.sessionId() != null) {
            writes.add(update(c.sessionId(), c.update()));
        }
        if (c.event() != null) {
            SessionChanges.EventRow e = c.event();
            writes.add(new Write(EVENT, ps -> {
                ps.setString(1, c.stationId());
                ps.setString(2, c.transactionId());
                ps.setInt(3, e.seqNo());
                setLong(ps, 4, c.sessionId());
                ps.setString(5, e.eventType());
                ps.setString(6, e.triggerReason());
                ps.setObject(7, time(e.time()));
                ps.setBoolean(8, e.offline());
                ps.setString(9, e.chargingState());
                ps.setString(10, e.stoppedReason());
                ps.setString(11, e.token() == null ? null : e.token().value());
                ps.setString(12, e.token() == null ? null : e.token().type().name());
            }));
        }
        if (c.gap() != null) {
            writes.add(new Write(GAP, ps -> {
                ps.setString(1, c.stationId());
                ps.setString(2, c.transactionId());
                setLong(ps, 3, c.sessionId());
                ps.setInt(4, c.gap().expectedSeqNo());
                ps.setInt(5, c.gap().receivedSeqNo());
            }));
        }
        return writes;
    }

    static Write sample(String stationId, Long sessionId, MeterSample s) {
        return MeterSampleRows.write(stationId, sessionId, s);
    }

    static Write rejection(String stationId, Long sessionId, String transactionId, Rejection r) {
        return new Write(REJECTION, ps -> bindRejection(ps, stationId, sessionId, transactionId, r));
    }

    static void bindRejection(PreparedStatement ps, String stationId, Long sessionId, String transactionId, Rejection r)
            throws SQLException {
        ps.setString(1, stationId);
        setLong(ps, 2, sessionId);
        ps.setString(3, transactionId);
        ps.setString(4, r.kind().name());
        ps.setString(5, r.action().name());
        ps.setString(6, r.received());
        ps.setString(7, r.stored());
        ps.setString(8, r.reason());
    }

    private static Write update(long sessionId, SessionChanges.Update u) {
        SessionChanges.End end = u.end();
        return new Write(UPDATE, ps -> {
            ps.setBigDecimal(1, u.lastEnergyWh());
            ps.setObject(2, time(u.lastEnergyAt()));
            setInt(ps, 3, u.evseId());
            setInt(ps, 4, u.connectorId());
            ps.setString(5, u.token() == null ? null : u.token().value());
            ps.setString(6, u.token() == null ? null : u.token().type().name());
            ps.setString(7, u.chargingState());
            ps.setBoolean(8, u.offline());
            setInt(ps, 9, u.lastSeqNo());
            ps.setObject(10, end == null ? null : time(end.endedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setBigDecimal(11, end == null ? null : end.meterStopWh());
            ps.setString(12, end == null ? null : end.stopReason());
            ps.setString(13, end == null || end.stopToken() == null ? null : end.stopToken().value());
            ps.setBoolean(14, end != null);
            setInt(ps, 15, u.remoteStartId());
            ps.setLong(16, sessionId);
        });
    }

    static OffsetDateTime time(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
