package de.ladewerk.gateway.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import de.ladewerk.gateway.devmodel.LimitOverride;
import de.ladewerk.gateway.devmodel.LimitOverrides;
import de.ladewerk.gateway.devmodel.SplitKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** {@link LimitOverrides} on ocpp.message_limit_overrides through jOOQ. */
public final class JooqLimitOverrides implements LimitOverrides {

    private static final Table<Record> TABLE = table(name("ocpp", "message_limit_overrides"));
    private static final Table<Record> STATIONS = table(name("ocpp", "stations"));
    private static final Field<String> STATION = field(name("station_id"), String.class);
    private static final Field<String> ACTION = field(name("action"), String.class);
    private static final Field<Integer> ITEMS = field(name("items_per_message"), Integer.class);
    private static final Field<Integer> BYTES = field(name("bytes_per_message"), Integer.class);
    private static final Field<OffsetDateTime> UPDATED_AT = field(name("updated_at"), OffsetDateTime.class);

    private final DSLContext db;

    public JooqLimitOverrides(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<LimitOverride> find(String stationId, SplitKind kind) {
        return db.select(STATION, ACTION, ITEMS, BYTES).from(TABLE)
                .where(STATION.eq(stationId), ACTION.eq(kind.action()))
                .fetchOptional(r -> new LimitOverride(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Override
    public List<LimitOverride> all(String stationId) {
        return db.select(STATION, ACTION, ITEMS, BYTES).from(TABLE).where(STATION.eq(stationId)).orderBy(ACTION)
                .fetch(r -> new LimitOverride(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Override
    public boolean set(LimitOverride o) {
        return db.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            if (!t.fetchExists(STATIONS, field(name("id"), String.class).eq(o.stationId()))) {
                return false;
            }
            if (o.itemsPerMessage() == null && o.bytesPerMessage() == null) {
                t.deleteFrom(TABLE).where(STATION.eq(o.stationId()), ACTION.eq(o.action())).execute();
                return true;
            }
            t.insertInto(TABLE).set(STATION, o.stationId()).set(ACTION, o.action())
                    .set(ITEMS, o.itemsPerMessage()).set(BYTES, o.bytesPerMessage())
                    .onConflict(STATION, ACTION).doUpdate()
                    .set(ITEMS, o.itemsPerMessage()).set(BYTES, o.bytesPerMessage())
                    .set(UPDATED_AT, OffsetDateTime.now()).execute();
            return true;
        });
    }
}
