package de.ladewerk.gateway.persistence;

import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.authorization.IdTokenType;
import de.ladewerk.gateway.persistence.SessionTables.MeterSamples;
import de.ladewerk.gateway.persistence.SessionTables.Sessions;
import de.ladewerk.gateway.persistence.SessionTables.SignedMeterValues;
import de.ladewerk.gateway.session.MeterSample;
import de.ladewerk.gateway.session.SessionEnded;
import de.ladewerk.gateway.session.SessionQueries;
import de.ladewerk.gateway.session.SessionRecord;
import de.ladewerk.gateway.session.SignedValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** {@link SessionQueries} through jOOQ; the same queries on a hypertable and on the partitioned table. */
public final class JooqSessionQueries implements SessionQueries {

    // date_bin (PostgreSQL 14+) works on both layouts; the last value is the newest in the bucket
    private static final String BUCKETS = """
            SELECT date_bin(?::interval, time, TIMESTAMPTZ '2000-01-01') AS bucket,
              min(coalesce(normalized_value, value)) AS min, max(coalesce(normalized_value, value)) AS max,
              (array_agg(coalesce(normalized_value, value) ORDER BY time DESC))[1] AS last, count(*) AS n,
              min(coalesce(normalized_unit, unit)) AS unit
            FROM ocpp.meter_samples WHERE session_id = ? AND station_id = ? AND measurand = ? AND phase IS NULL
            GROUP BY bucket ORDER BY bucket""";

    /** How the session started and which meter measured it (the station's meter if the session names none). */
    private static final String ENDED_EXTRAS = """
            SELECT s.remote_start_id IS NOT NULL AS remote_start,
                   coalesce(s.meter_serial_number, st.meter_serial_number) AS meter_serial
              FROM ocpp.sessions s LEFT JOIN ocpp.stations st ON st.id = s.station_id
             WHERE s.id = ?""";

    private final DSLContext db;
    private final CustomerRefs customers = new CustomerRefs();

    public JooqSessionQueries(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<SessionRecord> list(Filter filter, int limit, int offset) {
        return db.select().from(Sessions.TABLE).where(condition(filter))
                .orderBy(Sessions.STARTED_AT.desc(), Sessions.ID.desc()).limit(limit).offset(offset)
                .fetch(JooqSessionQueries::session);
    }

    @Override
    public long count(Filter filter) {
        return db.fetchCount(Sessions.TABLE, condition(filter));
    }

    @Override
    public Optional<SessionRecord> find(long sessionId) {
        return db.select().from(Sessions.TABLE).where(Sessions.ID.eq(sessionId)).fetchOptional(JooqSessionQueries::session);
    }

    @Override
    public List<MeterSample> curve(long sessionId) {
        return samples(ofSession(sessionId));
    }

    /**
     * A session's samples, named by session and station: TimescaleDB compresses meter_samples segmented by
     * station, so the station lets it open only that station's batches instead of every station's (measured:
     * one session's curve in a compressed week of 500 stations, docs/performance.md).
     */
    private Condition ofSession(long sessionId) {
        String station = stationOf(sessionId);
        return station == null ? MeterSamples.SESSION_ID.eq(sessionId)
                : MeterSamples.SESSION_ID.eq(sessionId).and(MeterSamples.STATION_ID.eq(station));
    }

    private String stationOf(long sessionId) {
        Object station = db.fetchValue("SELECT station_id FROM ocpp.sessions WHERE id = ?", sessionId);
        return station == null ? null : station.toString();
    }

    @Override
    public List<CurvePoint> curve(long sessionId, String measurand, Duration bucket) {
        List<CurvePoint> points = new ArrayList<>();
        String station = stationOf(sessionId);
        if (station == null) {
            return points; // no such session
        }
        for (Record r : db.resultQuery(BUCKETS, bucket.toSeconds() + " seconds", sessionId, station, measurand).fetch()) {
            points.add(new CurvePoint(r.get("bucket", OffsetDateTime.class).toInstant(), measurand,
                    r.get("unit", String.class), r.get("min", BigDecimal.class), r.get("max", BigDecimal.class),
                    r.get("last", BigDecimal.class), r.get("n", Integer.class)));
        }
        return points;
    }

    @Override
    public List<MeterSample> stationLastDay(String stationId, Instant now) {
        return samples(MeterSamples.STATION_ID.eq(stationId)
                .and(MeterSamples.TIME.gt(time(now.minus(Duration.ofDays(1))))).and(MeterSamples.TIME.le(time(now))));
    }

    /**
     * An ended session with everything billing needs, read in one transaction; empty if the session
     * does not exist or has not ended.
     */
    public Optional<SessionEnded> ended(long sessionId) {
        return db.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Optional<SessionRecord> found = tx.select().from(Sessions.TABLE)
                    .where(Sessions.ID.eq(sessionId).and(Sessions.STATUS.eq(SessionRecord.ENDED)))
                    .fetchOptional(JooqSessionQueries::session);
            if (found.isEmpty()) {
                return Optional.<SessionEnded>empty();
            }
            SessionRecord s = found.get();
            Record extras = tx.resultQuery(ENDED_EXTRAS, sessionId).fetchOne();
            String customer = s.idToken() == null ? null
                    : tx.connectionResult(c -> customers.of(c, s.idToken().value(), s.idToken().type().name()));
            JooqSessionQueries in = new JooqSessionQueries(tx);
            return Optional.of(new SessionEnded(s, extras.get("remote_start", Boolean.class),
                    extras.get("meter_serial", String.class), customer, in.energyAndPower(sessionId), in.signed(sessionId)));
        });
    }

    /** The session's energy-register and power samples in time order (billing's curve). */
    public List<MeterSample> energyAndPower(long sessionId) {
        return samples(ofSession(sessionId)
                .and(MeterSamples.MEASURAND.in(MeterSample.ENERGY_IMPORT_REGISTER, MeterSample.POWER_IMPORT)));
    }

    /** The session's signed values as received, in time order. */
    public List<SignedValue> signed(long sessionId) {
        return db.select().from(SignedMeterValues.TABLE).where(SignedMeterValues.SESSION_ID.eq(sessionId))
                .orderBy(SignedMeterValues.TIME, SignedMeterValues.ID).fetch(r -> new SignedValue(
                        r.get(SignedMeterValues.TIME).toInstant(), r.get(SignedMeterValues.EVSE_ID),
                        r.get(SignedMeterValues.MEASURAND), r.get(SignedMeterValues.CONTEXT),
                        r.get(SignedMeterValues.SIGNED_DATA), r.get(SignedMeterValues.SIGNING_METHOD),
                        r.get(SignedMeterValues.ENCODING_METHOD), r.get(SignedMeterValues.PUBLIC_KEY)));
    }

    private List<MeterSample> samples(Condition where) {
        return db.select().from(MeterSamples.TABLE).where(where)
                .orderBy(MeterSamples.TIME, MeterSamples.EVSE_ID, MeterSamples.MEASURAND, MeterSamples.PHASE.nullsFirst(),
                        MeterSamples.LOCATION, MeterSamples.CONTEXT)
                .fetch(r -> new MeterSample(r.get(MeterSamples.TIME).toInstant(), r.get(MeterSamples.EVSE_ID),
                        r.get(MeterSamples.MEASURAND), r.get(MeterSamples.PHASE), r.get(MeterSamples.LOCATION),
                        r.get(MeterSamples.CONTEXT), r.get(MeterSamples.UNIT), r.get(MeterSamples.MULTIPLIER),
                        r.get(MeterSamples.VALUE), r.get(MeterSamples.FORMAT)));
    }

    private static Condition condition(Filter f) {
        Condition c = DSL.noCondition();
        if (f.stationId() != null) {
            c = c.and(Sessions.STATION_ID.eq(f.stationId()));
        }
        if (f.status() != null) {
            c = c.and(Sessions.STATUS.eq(f.status()));
        }
        if (f.startedFrom() != null) {
            c = c.and(Sessions.STARTED_AT.ge(time(f.startedFrom())));
        }
        if (f.startedBefore() != null) {
            c = c.and(Sessions.STARTED_AT.lt(time(f.startedBefore())));
        }
        return c;
    }

    static SessionRecord session(Record r) {
        String token = r.get(Sessions.ID_TOKEN);
        boolean active = SessionRecord.ACTIVE.equals(r.get(Sessions.STATUS));
        return new SessionRecord(r.get(Sessions.ID), r.get(Sessions.STATION_ID), r.get(Sessions.PROTOCOL_VERSION),
                r.get(Sessions.TRANSACTION_ID), r.get(Sessions.EVSE_ID), r.get(Sessions.CONNECTOR_ID),
                token == null ? null : new IdToken(token, IdTokenType.valueOf(r.get(Sessions.ID_TOKEN_TYPE))),
                r.get(Sessions.AUTH_STATUS), instant(r.get(Sessions.STARTED_AT)), instant(r.get(Sessions.ENDED_AT)),
                r.get(Sessions.METER_START_WH), active ? r.get(Sessions.LAST_ENERGY_WH) : r.get(Sessions.METER_STOP_WH),
                r.get(Sessions.STOP_REASON), r.get(Sessions.RESERVATION_ID), r.get(Sessions.STATUS),
                r.get(Sessions.OFFLINE), r.get(Sessions.LAST_SEQ_NO), r.get(Sessions.CHARGING_STATE),
                r.get(Sessions.METER_SERIAL_NUMBER));
    }

    static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime time(Instant t) {
        return t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
