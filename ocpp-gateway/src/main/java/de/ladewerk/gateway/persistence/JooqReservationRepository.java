package de.ladewerk.gateway.persistence;

import static de.ladewerk.gateway.persistence.Timestamps.instant;
import static de.ladewerk.gateway.persistence.Timestamps.odt;

import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.authorization.IdTokenType;
import de.ladewerk.gateway.reservation.Reservation;
import de.ladewerk.gateway.reservation.ReservationRepository;
import de.ladewerk.gateway.reservation.ReservationStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** {@link ReservationRepository} on PostgreSQL through jOOQ. */
public final class JooqReservationRepository implements ReservationRepository {

    private static final String ACTIVE = ReservationStatus.ACTIVE.name();

    private final DSLContext db;

    public JooqReservationRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public void reserve(Reservation r) {
        OffsetDateTime now = OffsetDateTime.now();
        db.insertInto(ReservationTables.TABLE)
                .set(ReservationTables.STATION_ID, r.stationId()).set(ReservationTables.RESERVATION_ID, r.reservationId())
                .set(ReservationTables.EVSE_ID, r.evseId()).set(ReservationTables.CONNECTOR_TYPE, r.connectorType())
                .set(ReservationTables.ID_TOKEN_TYPE, r.idToken().type().name())
                .set(ReservationTables.ID_TOKEN, r.idToken().value()).set(ReservationTables.GROUP_TOKEN, r.groupToken())
                .set(ReservationTables.EXPIRES_AT, odt(r.expiresAt())).set(ReservationTables.STATUS, r.status().name())
                .set(ReservationTables.COMMAND_ID, r.commandId())
                .onConflict(ReservationTables.STATION_ID, ReservationTables.RESERVATION_ID).doUpdate()
                .set(ReservationTables.EVSE_ID, r.evseId()).set(ReservationTables.CONNECTOR_TYPE, r.connectorType())
                .set(ReservationTables.ID_TOKEN_TYPE, r.idToken().type().name())
                .set(ReservationTables.ID_TOKEN, r.idToken().value()).set(ReservationTables.GROUP_TOKEN, r.groupToken())
                .set(ReservationTables.EXPIRES_AT, odt(r.expiresAt())).set(ReservationTables.STATUS, r.status().name())
                .set(ReservationTables.COMMAND_ID, r.commandId()).set(ReservationTables.UPDATED_AT, now)
                .execute();
    }

    @Override
    public boolean end(String stationId, int reservationId, ReservationStatus status) {
        return db.update(ReservationTables.TABLE).set(ReservationTables.STATUS, status.name())
                .set(ReservationTables.UPDATED_AT, OffsetDateTime.now())
                .where(ReservationTables.STATION_ID.eq(stationId), ReservationTables.RESERVATION_ID.eq(reservationId),
                        ReservationTables.STATUS.eq(ACTIVE))
                .execute() == 1;
    }

    @Override
    public List<Reservation> list(String stationId, Instant now, int limit, int offset) {
        return db.select().from(ReservationTables.TABLE)
                .where(stationId == null ? DSL.noCondition() : ReservationTables.STATION_ID.eq(stationId))
                .orderBy(ReservationTables.CREATED_AT.desc(), ReservationTables.STATION_ID,
                        ReservationTables.RESERVATION_ID)
                .limit(limit).offset(offset)
                .fetch(r -> expiredOnRead(reservation(r), now));
    }

    @Override
    public int expireDue(Instant now) {
        return db.update(ReservationTables.TABLE).set(ReservationTables.STATUS, ReservationStatus.EXPIRED.name())
                .set(ReservationTables.UPDATED_AT, OffsetDateTime.now())
                .where(ReservationTables.STATUS.eq(ACTIVE), ReservationTables.EXPIRES_AT.le(odt(now)))
                .execute();
    }

    private static Reservation expiredOnRead(Reservation r, Instant now) {
        return new Reservation(r.stationId(), r.reservationId(), r.evseId(), r.connectorType(), r.idToken(),
                r.groupToken(), r.expiresAt(), r.statusAt(now), r.commandId(), r.createdAt(), r.updatedAt());
    }

    private static Reservation reservation(Record r) {
        return new Reservation(r.get(ReservationTables.STATION_ID), r.get(ReservationTables.RESERVATION_ID),
                r.get(ReservationTables.EVSE_ID), r.get(ReservationTables.CONNECTOR_TYPE),
                new IdToken(r.get(ReservationTables.ID_TOKEN), IdTokenType.valueOf(r.get(ReservationTables.ID_TOKEN_TYPE))),
                r.get(ReservationTables.GROUP_TOKEN), instant(r.get(ReservationTables.EXPIRES_AT)),
                ReservationStatus.valueOf(r.get(ReservationTables.STATUS)), r.get(ReservationTables.COMMAND_ID),
                instant(r.get(ReservationTables.CREATED_AT)), instant(r.get(ReservationTables.UPDATED_AT)));
    }
}
