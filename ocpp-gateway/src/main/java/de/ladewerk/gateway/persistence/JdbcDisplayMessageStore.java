package de.ladewerk.gateway.persistence;

import static de.ladewerk.gateway.persistence.DeviceModelWrites.instant;
import static de.ladewerk.gateway.persistence.DeviceModelWrites.write;

import de.ladewerk.gateway.display.DisplayMessage;
import de.ladewerk.gateway.display.DisplayMessageStore;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.jooq.DSLContext;

/** {@link DisplayMessageStore}: upserts by station and message id. */
public final class JdbcDisplayMessageStore implements DisplayMessageStore {

    private static final String UPSERT = """
            INSERT INTO ocpp.display_messages (station_id, message_id, request_id, priority, state, start_at, end_at,
              transaction_id, format, language, content, display, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (station_id, message_id) DO UPDATE SET request_id = EXCLUDED.request_id,
              priority = EXCLUDED.priority, state = EXCLUDED.state, start_at = EXCLUDED.start_at, end_at = EXCLUDED.end_at,
              transaction_id = EXCLUDED.transaction_id, format = EXCLUDED.format, language = EXCLUDED.language,
              content = EXCLUDED.content, display = EXCLUDED.display, reported_at = EXCLUDED.reported_at""";
    private static final String LIST = "SELECT * FROM ocpp.display_messages WHERE station_id = ? ORDER BY message_id";

    private final GroupCommitWriter writer;
    private final DSLContext db;

    public JdbcDisplayMessageStore(GroupCommitWriter writer, DSLContext db) {
        this.writer = writer;
        this.db = db;
    }

    @Override
    public CompletionStage<Void> reported(String stationId, Instant at, List<DisplayMessage> messages) {
        return writer.submit(messages.stream().map(m -> write(UPSERT, stationId, m.id(), m.requestId(), m.priority(),
                m.state(), m.startAt(), m.endAt(), m.transactionId(), m.format(), m.language(), m.content(), m.display(),
                at)).toList());
    }

    @Override
    public List<DisplayMessage> messages(String stationId) {
        return db.fetch(LIST, stationId).map(r -> new DisplayMessage(r.get("message_id", Integer.class),
                r.get("request_id", Integer.class), r.get("priority", String.class), r.get("state", String.class),
                instant(r.get("start_at", OffsetDateTime.class)), instant(r.get("end_at", OffsetDateTime.class)),
                r.get("transaction_id", String.class), r.get("format", String.class), r.get("language", String.class),
                r.get("content", String.class), r.get("display", String.class)));
    }
}
