package de.ladewerk.gateway.persistence;

import static de.ladewerk.gateway.persistence.OcppTables.Stations.ID;
import static de.ladewerk.gateway.persistence.OcppTables.Stations.ONLINE;
import static de.ladewerk.gateway.persistence.OcppTables.Stations.PASSWORD_HASH;
import static de.ladewerk.gateway.persistence.OcppTables.Stations.REGISTRATION_STATUS;
import static de.ladewerk.gateway.persistence.OcppTables.Stations.SECURITY_PROFILE;
import static de.ladewerk.gateway.persistence.OcppTables.Stations.TABLE;
import static de.ladewerk.gateway.persistence.OcppTables.Stations.UPDATED_AT;

import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.gateway.station.StationRecord;
import de.ladewerk.gateway.station.StationRepository;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** {@link StationRepository} on PostgreSQL through jOOQ. */
public final class JooqStationRepository implements StationRepository {

    private final DSLContext db;

    public JooqStationRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<StationRecord> find(String id) {
        return db.select(ID, PASSWORD_HASH, REGISTRATION_STATUS, SECURITY_PROFILE)
                .from(TABLE).where(ID.eq(id))
                .fetchOptional(r -> new StationRecord(r.get(ID), r.get(PASSWORD_HASH),
                        RegistrationStatus.valueOf(r.get(REGISTRATION_STATUS)), r.get(SECURITY_PROFILE)));
    }

    @Override
    public void register(String id, String passwordHash, RegistrationStatus status) {
        db.insertInto(TABLE).set(ID, id).set(PASSWORD_HASH, passwordHash).set(REGISTRATION_STATUS, status.name())
                .onConflict(ID).doUpdate()
                .set(PASSWORD_HASH, DSL.coalesce(DSL.val(passwordHash, String.class), PASSWORD_HASH))
                .set(REGISTRATION_STATUS, status.name())
                .set(UPDATED_AT, OffsetDateTime.now())
                .execute();
    }

    @Override
    public boolean setRegistrationStatus(String id, RegistrationStatus status) {
        return db.update(TABLE).set(REGISTRATION_STATUS, status.name()).set(UPDATED_AT, OffsetDateTime.now())
                .where(ID.eq(id)).execute() == 1;
    }

    @Override
    public void markAllOffline() {
        db.update(TABLE).set(ONLINE, false).where(ONLINE.isTrue()).execute();
    }
}
