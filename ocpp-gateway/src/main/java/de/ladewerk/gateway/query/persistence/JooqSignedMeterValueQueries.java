package de.ladewerk.gateway.query.persistence;

import de.ladewerk.gateway.persistence.SessionTables.SignedMeterValues;
import de.ladewerk.gateway.query.SignedMeterValueQueries;
import java.util.List;
import org.jooq.DSLContext;

/** {@link SignedMeterValueQueries} over {@code ocpp.signed_meter_values}. */
public final class JooqSignedMeterValueQueries implements SignedMeterValueQueries {

    private final DSLContext db;

    public JooqSignedMeterValueQueries(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<SignedMeterValue> ofSession(long sessionId, int limit) {
        return db.select(SignedMeterValues.TIME, SignedMeterValues.EVSE_ID, SignedMeterValues.MEASURAND,
                        SignedMeterValues.CONTEXT, SignedMeterValues.SIGNED_DATA, SignedMeterValues.SIGNING_METHOD,
                        SignedMeterValues.ENCODING_METHOD, SignedMeterValues.PUBLIC_KEY)
                .from(SignedMeterValues.TABLE).where(SignedMeterValues.SESSION_ID.eq(sessionId))
                .orderBy(SignedMeterValues.TIME, SignedMeterValues.ID).limit(limit)
                .fetch(r -> new SignedMeterValue(r.value1().toInstant(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }
}
