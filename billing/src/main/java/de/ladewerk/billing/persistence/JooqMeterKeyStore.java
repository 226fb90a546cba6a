package de.ladewerk.billing.persistence;

import static de.ladewerk.billing.persistence.BillingTables.*;

import de.ladewerk.billing.meterkey.MeterKey;
import de.ladewerk.billing.meterkey.MeterKeyEvent;
import de.ladewerk.billing.meterkey.MeterKeyStatus;
import de.ladewerk.billing.meterkey.MeterKeyStore;
import de.ladewerk.billing.ocmf.MeterKeyRegistry;
import de.ladewerk.billing.ocmf.MeterKeys;
import de.ladewerk.billing.ocmf.OcmfCurve;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The meter key registry in tables billing.meter_key_entries and the append-only billing.meter_key_audit.
 * Approvals lock the meter's entries, so two operators approving different keys of one meter at once end
 * with exactly one approved key.
 */
public final class JooqMeterKeyStore implements MeterKeyStore, MeterKeyRegistry {

    private final DSLContext db;

    public JooqMeterKeyStore(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<PublicKey> publicKey(String meterSerial) {
        return db.select(PUBLIC_KEY_HEX).from(METER_KEY_ENTRIES)
                .where(METER_SERIAL.eq(meterSerial)).and(STATUS.eq(MeterKeyStatus.APPROVED.name()))
                .fetchOptional(r -> MeterKeys.fromHex(r.value1()));
    }

    @Override
    public MeterKey propose(String meterSerial, String publicKeyHex, String source, String actor, Instant at, String note) {
        return db.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            Optional<Long> created = t.insertInto(METER_KEY_ENTRIES)
                    .set(METER_SERIAL, meterSerial).set(PUBLIC_KEY_HEX, publicKeyHex)
                    .set(STATUS, MeterKeyStatus.PROPOSED.name()).set(SOURCE, source)
                    .set(PROPOSED_AT, utc(at)).set(PROPOSED_BY, actor).set(NOTE, note)
                    .onConflictDoNothing().returningResult(ID).fetchOptional().map(r -> r.value1());
            if (created.isPresent()) {
                audit(t, meterSerial, publicKeyHex, MeterKeyStatus.PROPOSED, actor, at, note);
                return byId(t, created.get()).orElseThrow();
            }
            return t.select().from(METER_KEY_ENTRIES).where(METER_SERIAL.eq(meterSerial))
                    .and(PUBLIC_KEY_HEX.eq(publicKeyHex)).fetchOne(JooqMeterKeyStore::read);
        });
    }

    @Override
    public Optional<MeterKey> byId(long id) {
        return byId(db, id);
    }

    private static Optional<MeterKey> byId(DSLContext t, long id) {
        return t.select().from(METER_KEY_ENTRIES).where(ID.eq(id)).fetchOptional(JooqMeterKeyStore::read);
    }

    @Override
    public List<MeterKey> list(String meterSerial, MeterKeyStatus status) {
        Condition c = DSL.noCondition();
        if (meterSerial != null) {
            c = c.and(METER_SERIAL.eq(meterSerial));
        }
        if (status != null) {
            c = c.and(STATUS.eq(status.name()));
        }
        return db.select().from(METER_KEY_ENTRIES).where(c).orderBy(ID.desc()).limit(1000).fetch(JooqMeterKeyStore::read);
    }

    @Override
    public MeterKey approve(long id, String actor, Instant at, String note) {
        return db.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            MeterKey key = proposed(t, id, "approved");
            // lock every entry of the meter: concurrent approvals of its keys run one after the other
            t.select(ID).from(METER_KEY_ENTRIES).where(METER_SERIAL.eq(key.meterSerial())).forUpdate().fetch();
            t.select().from(METER_KEY_ENTRIES).where(METER_SERIAL.eq(key.meterSerial()))
                    .and(STATUS.eq(MeterKeyStatus.APPROVED.name())).fetch(JooqMeterKeyStore::read)
                    .forEach(old -> {
                        // the entry keeps who approved it; the audit says who superseded it
                        t.update(METER_KEY_ENTRIES).set(STATUS, MeterKeyStatus.SUPERSEDED.name())
                                .where(ID.eq(old.id())).execute();
                        audit(t, old.meterSerial(), old.publicKeyHex(), MeterKeyStatus.SUPERSEDED, actor, at,
                                "superseded by key " + id);
                    });
            decide(t, id, MeterKeyStatus.APPROVED, actor, at, note);
            audit(t, key.meterSerial(), key.publicKeyHex(), MeterKeyStatus.APPROVED, actor, at, note);
            return byId(t, id).orElseThrow();
        });
    }

    @Override
    public MeterKey reject(long id, String actor, Instant at, String note) {
        return db.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            MeterKey key = proposed(t, id, "rejected");
            decide(t, id, MeterKeyStatus.REJECTED, actor, at, note);
            audit(t, key.meterSerial(), key.publicKeyHex(), MeterKeyStatus.REJECTED, actor, at, note);
            return byId(t, id).orElseThrow();
        });
    }

    @Override
    public List<MeterKeyEvent> history(String meterSerial) {
        Condition c = meterSerial == null ? DSL.noCondition() : METER_SERIAL.eq(meterSerial);
        return db.select().from(METER_KEY_AUDIT).where(c).orderBy(ID).limit(10_000)
                .fetch(r -> new MeterKeyEvent(r.get(METER_SERIAL), r.get(PUBLIC_KEY_HEX),
                        MeterKeyStatus.valueOf(r.get(ACTION)), r.get(ACTOR), instant(r.get(AT)), r.get(NOTE)));
    }

    private static MeterKey proposed(DSLContext t, long id, String verb) {
        MeterKey key = t.select().from(METER_KEY_ENTRIES).where(ID.eq(id)).forUpdate()
                .fetchOptional(JooqMeterKeyStore::read)
                .orElseThrow(() -> new java.util.NoSuchElementException("no meter key " + id));
        if (key.status() != MeterKeyStatus.PROPOSED) {
            throw new IllegalStateException("meter key " + id + " is " + key.status() + ", only a PROPOSED key can be "
                    + verb);
        }
        return key;
    }

    private static void decide(DSLContext t, long id, MeterKeyStatus status, String actor, Instant at, String note) {
        t.update(METER_KEY_ENTRIES).set(STATUS, status.name()).set(DECIDED_AT, utc(at)).set(DECIDED_BY, actor)
                .set(NOTE, note).where(ID.eq(id)).execute();
    }

    private static void audit(DSLContext t, String serial, String hex, MeterKeyStatus action, String actor, Instant at,
                              String note) {
        t.insertInto(METER_KEY_AUDIT).set(METER_SERIAL, serial).set(PUBLIC_KEY_HEX, hex).set(ACTION, action.name())
                .set(ACTOR, actor).set(AT, utc(at)).set(NOTE, note).execute();
    }

    private static MeterKey read(Record r) {
        String hex = r.get(PUBLIC_KEY_HEX);
        String curve;
        try {
            curve = MeterKeys.curve(MeterKeys.fromHex(hex)).map(OcmfCurve::curveName).orElse("unknown");
        } catch (IllegalArgumentException e) {
            curve = "unknown";
        }
        return new MeterKey(r.get(ID), r.get(METER_SERIAL), hex, curve, MeterKeyStatus.valueOf(r.get(STATUS)),
                r.get(SOURCE), instant(r.get(PROPOSED_AT)), r.get(PROPOSED_BY), instant(r.get(DECIDED_AT)),
                r.get(DECIDED_BY), r.get(NOTE));
    }
}
