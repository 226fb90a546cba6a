package de.ladewerk.billing.persistence;

import static de.ladewerk.billing.persistence.BillingTables.*;

import de.ladewerk.billing.ocmf.SignedValueArchive;
import java.util.List;
import org.jooq.DSLContext;

/** Signed meter values, one row per packet, text exactly as received; the table is append-only. */
public final class JooqSignedValueArchive implements SignedValueArchive {

    private final DSLContext db;

    public JooqSignedValueArchive(DSLContext db) {
        this.db = db;
    }

    @Override
    public void archive(String sessionId, List<String> rawPackets) {
        db.batched(c -> {
            for (int i = 0; i < rawPackets.size(); i++) {
                c.dsl().insertInto(SIGNED_VALUES).set(SESSION_ID, sessionId).set(SEQ, i).set(RAW, rawPackets.get(i))
                        .onConflictDoNothing().execute();
            }
        });
    }

    @Override
    public List<String> packets(String sessionId) {
        return db.select(RAW).from(SIGNED_VALUES).where(SESSION_ID.eq(sessionId)).orderBy(SEQ).fetch(r -> r.value1());
    }
}
