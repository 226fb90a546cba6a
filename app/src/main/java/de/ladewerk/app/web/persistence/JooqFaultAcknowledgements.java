package de.ladewerk.app.web.persistence;

import de.ladewerk.app.web.FaultAcknowledgements;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/** {@link FaultAcknowledgements} in {@code app.fault_acknowledgements}. */
public final class JooqFaultAcknowledgements implements FaultAcknowledgements {

    private final DSLContext db;

    public JooqFaultAcknowledgements(DSLContext db) {
        this.db = db;
    }

    @Override
    public void acknowledge(FaultKey fault, String by, String comment) {
        db.execute("INSERT INTO app.fault_acknowledgements (station_id, kind, evse_id, connector_id, since, comment, acknowledged_by) "
                        + "VALUES (?, ?, ?, ?, ?::timestamptz, ?, ?)", fault.stationId(), fault.kind(), fault.evseId(), fault.connectorId(),
                fault.since().atOffset(ZoneOffset.UTC), comment, by);
    }

    @Override
    public Map<FaultKey, Acknowledgement> latest(Collection<FaultKey> faults) {
        Map<FaultKey, Acknowledgement> out = new HashMap<>();
        if (faults.isEmpty()) {
            return out;
        }
        String[] stations = faults.stream().map(FaultKey::stationId).distinct().toArray(String[]::new);
        for (Record r : db.fetch("""
                SELECT DISTINCT ON (station_id, kind, evse_id, connector_id, since)
                       station_id, kind, evse_id, connector_id, since, acknowledged_by, acknowledged_at, comment
                  FROM app.fault_acknowledgements WHERE station_id = ANY(?::text[])
                 ORDER BY station_id, kind, evse_id, connector_id, since, acknowledged_at DESC""", (Object) stations)) {
            FaultKey key = new FaultKey(r.get("station_id", String.class), r.get("kind", String.class),
                    r.get("evse_id", Integer.class), r.get("connector_id", Integer.class),
                    r.get("since", java.time.OffsetDateTime.class).toInstant());
            if (faults.contains(key)) {
                out.put(key, new Acknowledgement(r.get("acknowledged_by", String.class),
                        r.get("acknowledged_at", java.time.OffsetDateTime.class).toInstant(), r.get("comment", String.class)));
            }
        }
        return out;
    }
}
