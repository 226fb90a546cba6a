package de.ladewerk.gateway.persistence;

import static de.ladewerk.gateway.persistence.Timestamps.instant;
import static de.ladewerk.gateway.persistence.Timestamps.odt;

import de.ladewerk.gateway.authorization.AuthorizationStatus;
import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.authorization.IdTokenType;
import de.ladewerk.gateway.authorization.LocalListEntry;
import de.ladewerk.gateway.authorization.LocalListRepository;
import de.ladewerk.gateway.persistence.TokenTables.LocalListEntries;
import de.ladewerk.gateway.persistence.TokenTables.LocalLists;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep7;
import org.jooq.Record;

/** {@link LocalListRepository} on PostgreSQL through jOOQ; a new version replaces the entries in one transaction. */
public final class JooqLocalListRepository implements LocalListRepository {

    private final DSLContext db;

    public JooqLocalListRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public int version(String stationId) {
        Integer v = db.select(LocalLists.VERSION).from(LocalLists.TABLE).where(LocalLists.STATION_ID.eq(stationId))
                .fetchOne(LocalLists.VERSION);
        return v == null ? 0 : v;
    }

    @Override
    public List<LocalListEntry> entries(String stationId) {
        return db.select().from(LocalListEntries.TABLE).where(LocalListEntries.STATION_ID.eq(stationId))
                .orderBy(LocalListEntries.TOKEN_TYPE, LocalListEntries.TOKEN_VALUE)
                .fetch(JooqLocalListRepository::entry);
    }

    @Override
    public void store(String stationId, int version, List<LocalListEntry> entries) {
        db.transaction(tx -> {
            DSLContext t = tx.dsl();
            t.insertInto(LocalLists.TABLE).set(LocalLists.STATION_ID, stationId).set(LocalLists.VERSION, version)
                    .onConflict(LocalLists.STATION_ID).doUpdate()
                    .set(LocalLists.VERSION, version).set(LocalLists.UPDATED_AT, OffsetDateTime.now())
                    .execute();
            t.deleteFrom(LocalListEntries.TABLE).where(LocalListEntries.STATION_ID.eq(stationId)).execute();
            if (entries.isEmpty()) {
                return;
            }
            InsertValuesStep7<Record, String, String, String, String, OffsetDateTime, String, String> insert =
                    t.insertInto(LocalListEntries.TABLE, LocalListEntries.STATION_ID, LocalListEntries.TOKEN_TYPE,
                            LocalListEntries.TOKEN_VALUE, LocalListEntries.STATUS, LocalListEntries.EXPIRES_AT,
                            LocalListEntries.PARENT_TYPE, LocalListEntries.PARENT_VALUE);
            for (LocalListEntry e : entries) {
                insert = insert.values(stationId, e.token().type().name(), e.token().value(), e.status().name(),
                        odt(e.expiresAt()), e.parent() == null ? null : e.parent().type().name(),
                        e.parent() == null ? null : e.parent().value());
            }
            insert.execute();
        });
    }

    private static LocalListEntry entry(Record r) {
        String parentType = r.get(LocalListEntries.PARENT_TYPE);
        return new LocalListEntry(
                new IdToken(r.get(LocalListEntries.TOKEN_VALUE), IdTokenType.valueOf(r.get(LocalListEntries.TOKEN_TYPE))),
                AuthorizationStatus.valueOf(r.get(LocalListEntries.STATUS)), instant(r.get(LocalListEntries.EXPIRES_AT)),
                parentType == null ? null
                        : new IdToken(r.get(LocalListEntries.PARENT_VALUE), IdTokenType.valueOf(parentType)));
    }
}
