package de.ladewerk.gateway.persistence;

import static de.ladewerk.gateway.persistence.OcppTables.Stations.ID;
import static de.ladewerk.gateway.persistence.OcppTables.Stations.PASSWORD_HASH;
import static de.ladewerk.gateway.persistence.OcppTables.Stations.SECURITY_PROFILE;
import static de.ladewerk.gateway.persistence.OcppTables.Stations.TABLE;
import static de.ladewerk.gateway.persistence.OcppTables.Stations.UPDATED_AT;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import de.ladewerk.gateway.security.StationSecurityRepository;
import java.time.OffsetDateTime;
import java.util.OptionalInt;
import org.jooq.DSLContext;
import org.jooq.Field;

/** {@link StationSecurityRepository} on ocpp.stations through jOOQ. */
public final class JooqStationSecurityRepository implements StationSecurityRepository {

    static final Field<Short> PENDING_SECURITY_PROFILE = field(name("stations", "pending_security_profile"), Short.class);

    private final DSLContext db;

    public JooqStationSecurityRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public OptionalInt pendingSecurityProfile(String stationId) {
        Short pending = db.select(PENDING_SECURITY_PROFILE).from(TABLE).where(ID.eq(stationId))
                .fetchOptional(PENDING_SECURITY_PROFILE).orElse(null);
        return pending == null ? OptionalInt.empty() : OptionalInt.of(pending);
    }

    @Override
    public boolean setSecurityProfile(String stationId, int profile) {
        return db.update(TABLE).set(SECURITY_PROFILE, (short) profile).setNull(PENDING_SECURITY_PROFILE)
                .set(UPDATED_AT, OffsetDateTime.now()).where(ID.eq(stationId)).execute() == 1;
    }

    @Override
    public boolean setPendingSecurityProfile(String stationId, int profile) {
        return db.update(TABLE).set(PENDING_SECURITY_PROFILE, (short) profile)
                .set(UPDATED_AT, OffsetDateTime.now()).where(ID.eq(stationId)).execute() == 1;
    }

    @Override
    public boolean setPasswordHash(String stationId, String passwordHash) {
        return db.update(TABLE).set(PASSWORD_HASH, passwordHash).set(UPDATED_AT, OffsetDateTime.now())
                .where(ID.eq(stationId)).execute() == 1;
    }
}
