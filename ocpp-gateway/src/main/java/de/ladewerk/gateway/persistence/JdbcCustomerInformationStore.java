package de.ladewerk.gateway.persistence;

import static de.ladewerk.gateway.persistence.DeviceModelWrites.write;

import de.ladewerk.gateway.customer.CustomerInformation;
import de.ladewerk.gateway.customer.CustomerInformationStore;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.jooq.DSLContext;
import org.jooq.Record;

/** {@link CustomerInformationStore}: one row per part, put together by the query. */
public final class JdbcCustomerInformationStore implements CustomerInformationStore {

    private static final String PART = """
            INSERT INTO ocpp.customer_information_parts (station_id, request_id, seq_no, tbc, data, generated_at)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (station_id, request_id, seq_no) DO UPDATE SET tbc = EXCLUDED.tbc,
              data = EXCLUDED.data, generated_at = EXCLUDED.generated_at, received_at = now()""";
    private static final String ASSEMBLED = """
            SELECT count(*) AS parts, max(seq_no) AS last_seq, bool_or(NOT tbc) AS has_end,
              string_agg(data, '' ORDER BY seq_no) AS data
            FROM ocpp.customer_information_parts WHERE station_id = ? AND request_id = ?""";

    private final GroupCommitWriter writer;
    private final DSLContext db;

    public JdbcCustomerInformationStore(GroupCommitWriter writer, DSLContext db) {
        this.writer = writer;
        this.db = db;
    }

    @Override
    public CompletionStage<Void> part(String stationId, int requestId, int seqNo, boolean tbc, String data,
                                      Instant generatedAt) {
        return writer.submit(write(PART, stationId, requestId, seqNo, tbc, data, generatedAt));
    }

    @Override
    public Optional<CustomerInformation> assembled(String stationId, int requestId) {
        Record r = db.fetchOne(ASSEMBLED, stationId, requestId);
        int parts = r.get("parts", Integer.class);
        if (parts == 0) {
            return Optional.empty();
        }
        boolean complete = Boolean.TRUE.equals(r.get("has_end", Boolean.class))
                && r.get("last_seq", Integer.class) == parts - 1;
        return Optional.of(new CustomerInformation(requestId, parts, complete, r.get("data", String.class)));
    }
}
