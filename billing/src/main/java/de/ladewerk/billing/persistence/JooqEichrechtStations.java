package de.ladewerk.billing.persistence;

import static de.ladewerk.billing.persistence.BillingTables.*;

import de.ladewerk.billing.review.EichrechtStations;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Eichrecht-relevant stations in billing.eichrecht_stations, changes audited in billing.eichrecht_station_audit. */
public final class JooqEichrechtStations implements EichrechtStations {

    private static final Field<Boolean> RELEVANT = DSL.field(DSL.name("relevant"), SQLDataType.BOOLEAN);
    private static final Field<java.time.OffsetDateTime> MARKED_AT =
            DSL.field(DSL.name("marked_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final Field<String> MARKED_BY = DSL.field(DSL.name("marked_by"), SQLDataType.VARCHAR);

    private final DSLContext db;

    public JooqEichrechtStations(DSLContext db) {
        this.db = db;
    }

    @Override
    public boolean isRelevant(String stationId) {
        return db.fetchExists(EICHRECHT_STATIONS, STATION_ID.eq(stationId));
    }

    @Override
    public void mark(String stationId, boolean relevant, String operator, Instant at) {
        if (stationId == null || stationId.isBlank() || stationId.length() > 48) {
            throw new IllegalArgumentException("station id must be 1–48 characters");
        }
        db.transaction(tx -> {
            DSLContext t = tx.dsl();
            int changed = relevant
                    ? t.insertInto(EICHRECHT_STATIONS).set(STATION_ID, stationId).set(MARKED_AT, utc(at))
                            .set(MARKED_BY, operator).onConflictDoNothing().execute()
                    : t.deleteFrom(EICHRECHT_STATIONS).where(STATION_ID.eq(stationId)).execute();
            if (changed > 0) {
                t.insertInto(EICHRECHT_STATION_AUDIT).set(STATION_ID, stationId).set(RELEVANT, relevant)
                        .set(ACTOR, operator).set(AT, utc(at)).execute();
            }
        });
    }

    @Override
    public List<Marked> marked() {
        return db.select().from(EICHRECHT_STATIONS).orderBy(STATION_ID)
                .fetch(r -> new Marked(r.get(STATION_ID), instant(r.get(MARKED_AT)), r.get(MARKED_BY)));
    }
}
