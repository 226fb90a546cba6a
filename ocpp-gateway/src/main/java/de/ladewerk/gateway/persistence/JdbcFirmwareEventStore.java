package de.ladewerk.gateway.persistence;

import de.ladewerk.gateway.firmware.FirmwareEvent;
import de.ladewerk.gateway.firmware.FirmwareEventKind;
import de.ladewerk.gateway.firmware.FirmwareEventStore;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.jooq.DSLContext;

/** {@link FirmwareEventStore} on ocpp.firmware_events: writes through the group-commit writer. */
public final class JdbcFirmwareEventStore implements FirmwareEventStore {

    private static final String INSERT = """
            INSERT INTO ocpp.firmware_events (time, station_id, kind, status, request_id, detail, protocol_version)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private final GroupCommitWriter writer;
    private final DSLContext db;

    public JdbcFirmwareEventStore(GroupCommitWriter writer, DSLContext db) {
        this.writer = writer;
        this.db = db;
    }

    @Override
    public CompletionStage<Void> store(FirmwareEvent e) {
        return writer.submit(new GroupCommitWriter.Write(INSERT, ps -> {
            ps.setObject(1, OffsetDateTime.ofInstant(e.time(), ZoneOffset.UTC));
            ps.setString(2, e.stationId());
            ps.setString(3, e.kind().name());
            ps.setString(4, e.status());
            ps.setObject(5, e.requestId(), java.sql.Types.INTEGER);
            ps.setString(6, e.detail());
            ps.setString(7, e.protocolVersion());
        }));
    }

    @Override
    public List<FirmwareEvent> forStation(String stationId, int limit) {
        return db.resultQuery("SELECT station_id, kind, status, request_id, detail, protocol_version, time "
                        + "FROM ocpp.firmware_events WHERE station_id = ? ORDER BY time DESC LIMIT ?", stationId, limit)
                .fetch(r -> new FirmwareEvent(r.get("station_id", String.class),
                        FirmwareEventKind.valueOf(r.get("kind", String.class)), r.get("status", String.class),
                        r.get("request_id", Integer.class), r.get("detail", String.class),
                        r.get("protocol_version", String.class), r.get("time", OffsetDateTime.class).toInstant()));
    }
}
