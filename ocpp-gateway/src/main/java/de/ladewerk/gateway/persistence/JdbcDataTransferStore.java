package de.ladewerk.gateway.persistence;

import static de.ladewerk.gateway.persistence.DeviceModelWrites.instant;
import static de.ladewerk.gateway.persistence.DeviceModelWrites.write;

import de.ladewerk.gateway.datatransfer.DataTransfer;
import de.ladewerk.gateway.datatransfer.DataTransferStatus;
import de.ladewerk.gateway.datatransfer.DataTransferStore;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.jooq.DSLContext;

/** {@link DataTransferStore}: writes through the group-commit writer, reads with jOOQ. */
public final class JdbcDataTransferStore implements DataTransferStore {

    private static final String INSERT = """
            INSERT INTO ocpp.data_transfers (time, station_id, direction, vendor_id, message_id, data, status, answer_data)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String RECENT = """
            SELECT * FROM ocpp.data_transfers WHERE station_id = ? ORDER BY time DESC, id DESC LIMIT ?""";

    private final GroupCommitWriter writer;
    private final DSLContext db;

    public JdbcDataTransferStore(GroupCommitWriter writer, DSLContext db) {
        this.writer = writer;
        this.db = db;
    }

    @Override
    public CompletionStage<Void> record(DataTransfer t) {
        return writer.submit(write(INSERT, t.at(), t.stationId(), t.direction().name(), t.vendorId(), t.messageId(),
                t.data(), t.status().name(), t.answerData()));
    }

    @Override
    public List<DataTransfer> recent(String stationId, int limit) {
        return db.fetch(RECENT, stationId, limit).map(r -> new DataTransfer(instant(r.get("time", OffsetDateTime.class)),
                r.get("station_id", String.class), DataTransfer.Direction.valueOf(r.get("direction", String.class)),
                r.get("vendor_id", String.class), r.get("message_id", String.class), r.get("data", String.class),
                DataTransferStatus.valueOf(r.get("status", String.class)), r.get("answer_data", String.class)));
    }
}
