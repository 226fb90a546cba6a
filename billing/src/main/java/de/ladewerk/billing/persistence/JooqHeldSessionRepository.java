package de.ladewerk.billing.persistence;

import static de.ladewerk.billing.persistence.BillingTables.*;

import de.ladewerk.billing.review.HeldSession;
import de.ladewerk.billing.review.HeldSessionRepository;
import de.ladewerk.billing.session.ChargingSession;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Held sessions with the whole session record as JSONB, so releasing one can bill it unchanged. */
public final class JooqHeldSessionRepository implements HeldSessionRepository {

    private final DSLContext db;

    public JooqHeldSessionRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public void hold(HeldSession h) {
        db.insertInto(HELD_SESSIONS)
                .set(SESSION_ID, h.sessionId()).set(HELD_AT, utc(h.heldAt()))
                .set(REASONS, BillingJson.write(h.reasons())).set(SESSION, BillingJson.write(h.session()))
                .set(STATUS, h.status().name()).onConflictDoNothing().execute();
    }

    @Override
    public Optional<HeldSession> bySessionId(String sessionId) {
        return db.select().from(HELD_SESSIONS).where(SESSION_ID.eq(sessionId)).fetchOptional(JooqHeldSessionRepository::read);
    }

    @Override
    public List<HeldSession> withStatus(HeldSession.Status status) {
        return db.select().from(HELD_SESSIONS).where(STATUS.eq(status.name())).orderBy(HELD_AT)
                .fetch(JooqHeldSessionRepository::read);
    }

    @Override
    public HeldSession resolve(String sessionId, HeldSession.Status decision, String operator, String note, Instant at) {
        int changed = db.update(HELD_SESSIONS).set(STATUS, decision.name()).set(RESOLVED_AT, utc(at))
                .set(RESOLVED_BY, operator).set(RESOLUTION_NOTE, note)
                .where(SESSION_ID.eq(sessionId)).and(STATUS.eq(HeldSession.Status.HELD.name())).execute();
        if (changed == 0) {
            throw new IllegalStateException("session " + sessionId + " is not on hold");
        }
        return bySessionId(sessionId).orElseThrow();
    }

    private static HeldSession read(Record r) {
        return new HeldSession(BillingJson.read(r.get(SESSION), ChargingSession.class), instant(r.get(HELD_AT)),
                Arrays.asList(BillingJson.read(r.get(REASONS), String[].class)),
                HeldSession.Status.valueOf(r.get(STATUS)), instant(r.get(RESOLVED_AT)), r.get(RESOLVED_BY),
                r.get(RESOLUTION_NOTE));
    }
}
