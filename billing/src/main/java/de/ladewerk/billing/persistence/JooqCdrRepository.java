package de.ladewerk.billing.persistence;

import static de.ladewerk.billing.persistence.BillingTables.*;

import de.ladewerk.billing.cdr.Cdr;
import de.ladewerk.billing.cdr.CdrRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** CDRs as JSONB with their key figures in columns; the table refuses UPDATE and DELETE. */
public final class JooqCdrRepository implements CdrRepository {

    private final DSLContext db;

    public JooqCdrRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public void append(Cdr c) {
        db.insertInto(CDRS)
                .set(CDR_ID, c.id()).set(SESSION_ID, c.sessionId()).set(CREDIT_REFERENCE_ID, c.creditReferenceId())
                .set(CUSTOMER_ID, c.customerId()).set(STATION_ID, c.stationId())
                .set(START_TIME, utc(c.start())).set(END_TIME, utc(c.end())).set(ISSUED_AT, utc(c.issuedAt()))
                .set(CURRENCY, c.currency().getCurrencyCode())
                .set(TOTAL_NET, c.totalNet().amount()).set(TOTAL_VAT, c.totalVat().amount())
                .set(TOTAL_GROSS, c.totalGross().amount())
                .set(BODY, BillingJson.write(c)).execute();
    }

    @Override
    public Optional<Cdr> byId(String cdrId) {
        return db.select(BODY).from(CDRS).where(CDR_ID.eq(cdrId)).fetchOptional(r -> read(r.value1()));
    }

    @Override
    public List<Cdr> bySession(String sessionId) {
        return db.select(BODY).from(CDRS).where(SESSION_ID.eq(sessionId)).orderBy(ISSUED_AT, CDR_ID)
                .fetch(r -> read(r.value1()));
    }

    @Override
    public List<Cdr> endedBetween(Instant from, Instant to) {
        return db.select(BODY).from(CDRS).where(END_TIME.ge(utc(from))).and(END_TIME.lt(utc(to)))
                .orderBy(END_TIME, CDR_ID).fetch(r -> read(r.value1()));
    }

    @Override
    public List<Cdr> uninvoiced(String customerId, Instant before) {
        return db.select(BODY).from(CDRS)
                .where(CUSTOMER_ID.eq(customerId)).and(END_TIME.lt(utc(before)))
                .and(DSL.notExists(DSL.selectOne().from(INVOICE_CDRS)
                        .where(INVOICE_CDRS_CDR_ID.eq(CDRS_CDR_ID))))
                .orderBy(END_TIME, ISSUED_AT, CDR_ID).fetch(r -> read(r.value1()));
    }

    private static Cdr read(org.jooq.JSONB body) {
        return BillingJson.read(body, Cdr.class);
    }
}
