package de.ladewerk.gateway.persistence;

import de.ladewerk.gateway.persistence.GroupCommitWriter.Write;
import de.ladewerk.gateway.dataquality.Rejection;
import de.ladewerk.gateway.station.ConnectionEvent;
import de.ladewerk.gateway.station.ConnectorStatusChange;
import de.ladewerk.gateway.station.StationBoot;
import de.ladewerk.gateway.station.StationEventSink;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Writes station events through the group-commit writer; each stage completes after commit. */
public final class JdbcStationEventSink implements StationEventSink {

    private static final String BOOT = """
            UPDATE ocpp.stations SET protocol_version = ?, vendor = ?, model = ?, serial_number = ?,
              firmware_version = ?, iccid = ?, imsi = ?, meter_type = ?, meter_serial_number = ?,
              last_boot_at = ?, last_boot_reason = ?, updated_at = now()
            WHERE id = ?""";
    private static final String STATUS_EVENT = """
            INSERT INTO ocpp.status_events (time, station_id, evse_id, connector_id, status, protocol_status,
              error_code, info, vendor_error_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    // an older status (e.g. replayed after an outage) never overwrites a newer one; a status whose time was
    // corrected to the CSMS's cannot be ranked against the station's clock, so the next status replaces it
    private static final String CONNECTOR_UPSERT = """
            INSERT INTO ocpp.connectors AS c (station_id, evse_id, connector_id, status, protocol_status,
              error_code, info, vendor_error_code, status_at, status_time_corrected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (station_id, evse_id, connector_id) DO UPDATE SET status = EXCLUDED.status,
              protocol_status = EXCLUDED.protocol_status, error_code = EXCLUDED.error_code, info = EXCLUDED.info,
              vendor_error_code = EXCLUDED.vendor_error_code, status_at = EXCLUDED.status_at,
              status_time_corrected = EXCLUDED.status_time_corrected, updated_at = now()
            WHERE c.status_at <= EXCLUDED.status_at OR c.status_time_corrected""";
    private static final String HEARTBEATS = """
            UPDATE ocpp.stations s SET last_heartbeat_at = GREATEST(s.last_heartbeat_at, h.at::timestamptz)
            FROM unnest(?::text[], ?::text[]) AS h(id, at) WHERE s.id = h.id""";
    private static final String CONNECTION_EVENT = """
            INSERT INTO ocpp.connection_events (time, station_id, event, protocol_version, remote_address, detail)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String ONLINE = """
            UPDATE ocpp.stations SET online = true, connection_id = ?, protocol_version = ?, last_connected_at = ?,
              updated_at = now() WHERE id = ?""";
    // only the connection that set the station online may set it offline: a replaced one must not
    private static final String OFFLINE = """
            UPDATE ocpp.stations SET online = false, last_disconnected_at = ?, updated_at = now()
            WHERE id = ? AND connection_id = ?""";

    private final GroupCommitWriter writer;

    public JdbcStationEventSink(GroupCommitWriter writer) {
        this.writer = writer;
    }

    @Override
    public CompletionStage<Void> boot(StationBoot b) {
        return writer.submit(write(BOOT, ps -> {
            ps.setString(1, b.protocolVersion());
            ps.setString(2, b.vendor());
            ps.setString(3, b.model());
            ps.setString(4, b.serialNumber());
            ps.setString(5, b.firmwareVersion());
            ps.setString(6, b.iccid());
            ps.setString(7, b.imsi());
            ps.setString(8, b.meterType());
            ps.setString(9, b.meterSerialNumber());
            ps.setObject(10, time(b.at()));
            ps.setString(11, b.reason());
            ps.setString(12, b.stationId());
        }));
    }

    @Override
    public CompletionStage<Void> status(ConnectorStatusChange s) {
        return status(s, List.of());
    }

    @Override
    public CompletionStage<Void> status(ConnectorStatusChange s, List<Rejection> corrections) {
        GroupCommitWriter.Binder values = ps -> {
            ps.setObject(1, time(s.at()));
            ps.setString(2, s.stationId());
            ps.setInt(3, s.evseId());
            ps.setInt(4, s.connectorId());
            ps.setString(5, s.state().name());
            ps.setString(6, s.protocolStatus());
            ps.setString(7, s.errorCode());
            ps.setString(8, s.info());
            ps.setString(9, s.vendorErrorCode());
        };
        GroupCommitWriter.Binder upsert = ps -> {
            ps.setString(1, s.stationId());
            ps.setInt(2, s.evseId());
            ps.setInt(3, s.connectorId());
            ps.setString(4, s.state().name());
            ps.setString(5, s.protocolStatus());
            ps.setString(6, s.errorCode());
            ps.setString(7, s.info());
            ps.setString(8, s.vendorErrorCode());
            ps.setObject(9, time(s.at()));
            ps.setBoolean(10, !corrections.isEmpty());
        };
        List<Write> writes = new ArrayList<>(2 + corrections.size());
        writes.add(write(STATUS_EVENT, values));
        writes.add(write(CONNECTOR_UPSERT, upsert));
        for (Rejection r : corrections) {
            writes.add(SessionChangeWrites.rejection(s.stationId(), null, null, r));
        }
        return writer.submit(writes);
    }

    @Override
    public CompletionStage<Void> rejection(String stationId, Rejection rejection) {
        return writer.submit(List.of(SessionChangeWrites.rejection(stationId, null, null, rejection)));
    }

    @Override
    public CompletionStage<Void> heartbeats(Map<String, Instant> latestByStation) {
        String[] ids = latestByStation.keySet().toArray(String[]::new);
        String[] times = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            times[i] = latestByStation.get(ids[i]).toString();
        }
        return writer.submit(write(HEARTBEATS, ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("text", ids));
            ps.setArray(2, ps.getConnection().createArrayOf("text", times));
        }));
    }

    @Override
    public CompletionStage<Void> connection(ConnectionEvent e) {
        Write event = write(CONNECTION_EVENT, ps -> {
            ps.setObject(1, time(e.at()));
            ps.setString(2, e.stationId());
            ps.setString(3, e.kind().name());
            ps.setString(4, e.protocolVersion());
            ps.setString(5, e.remoteAddress());
            ps.setString(6, e.detail());
        });
        return switch (e.kind()) {
            case CONNECTED -> writer.submit(List.of(event, write(ONLINE, ps -> {
                ps.setObject(1, e.connectionId());
                ps.setString(2, e.protocolVersion());
                ps.setObject(3, time(e.at()));
                ps.setString(4, e.stationId());
            })));
            case DISCONNECTED, REPLACED -> writer.submit(List.of(event, write(OFFLINE, ps -> {
                ps.setObject(1, time(e.at()));
                ps.setString(2, e.stationId());
                ps.setObject(3, e.connectionId());
            })));
            case REJECTED -> writer.submit(event);
        };
    }

    private static Write write(String sql, GroupCommitWriter.Binder binder) {
        return new Write(sql, binder);
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
