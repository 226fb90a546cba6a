package de.ladewerk.billing.persistence;

import static de.ladewerk.billing.persistence.BillingTables.*;

import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.tariff.TariffAssignment;
import de.ladewerk.billing.tariff.TariffRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Tariff versions as JSONB rows, assignments as plain rows. */
public final class JooqTariffRepository implements TariffRepository {

    private final DSLContext db;

    public JooqTariffRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public Tariff publish(Tariff tariff) {
        return db.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            // serialise concurrent publications of one id so version numbers stay unique and consecutive
            t.execute("SELECT pg_advisory_xact_lock(hashtext({0}))", tariff.id());
            Integer last = t.select(DSL.max(VERSION)).from(TARIFF_VERSIONS).where(TARIFF_ID.eq(tariff.id()))
                    .fetchOne(0, Integer.class);
            Tariff stored = tariff.withVersion(last == null ? 1 : last + 1);
            t.insertInto(TARIFF_VERSIONS)
                    .set(TARIFF_ID, stored.id()).set(VERSION, stored.version())
                    .set(VALID_FROM, utc(stored.validFrom())).set(VALID_TO, utc(stored.validTo()))
                    .set(BODY, BillingJson.write(stored)).execute();
            return stored;
        });
    }

    @Override
    public List<String> tariffIds() {
        return db.selectDistinct(TARIFF_ID).from(TARIFF_VERSIONS).orderBy(TARIFF_ID).fetch(r -> r.value1());
    }

    @Override
    public List<Tariff> versions(String tariffId) {
        return db.select(BODY).from(TARIFF_VERSIONS).where(TARIFF_ID.eq(tariffId)).orderBy(VERSION)
                .fetch(r -> BillingJson.read(r.value1(), Tariff.class));
    }

    @Override
    public Optional<Tariff> versionValidAt(String tariffId, Instant at) {
        return db.select(BODY).from(TARIFF_VERSIONS)
                .where(TARIFF_ID.eq(tariffId)).and(VALID_FROM.le(utc(at)))
                .and(VALID_TO.isNull().or(VALID_TO.gt(utc(at))))
                .orderBy(VERSION.desc()).limit(1)
                .fetchOptional(r -> BillingJson.read(r.value1(), Tariff.class));
    }

    @Override
    public void assign(TariffAssignment a) {
        db.insertInto(TARIFF_ASSIGNMENTS)
                .set(TARIFF_ID, a.tariffId()).set(STATION_ID, a.stationId()).set(SITE_ID, a.siteId())
                .set(CUSTOMER_GROUP, a.customerGroup()).set(CLOCK_VALID, a.clockLegallyValid())
                .set(VALID_FROM, utc(a.validFrom())).set(VALID_TO, utc(a.validTo())).execute();
    }

    @Override
    public List<TariffAssignment> assignmentsFor(String stationId, String siteId) {
        return db.select().from(TARIFF_ASSIGNMENTS)
                .where(STATION_ID.eq(stationId).or(siteId == null ? DSL.falseCondition() : SITE_ID.eq(siteId)))
                .orderBy(DSL.field(DSL.name("id"))).fetch(JooqTariffRepository::assignment);
    }

    @Override
    public List<TariffAssignment> allAssignments() {
        return db.select().from(TARIFF_ASSIGNMENTS).orderBy(DSL.field(DSL.name("id")))
                .fetch(JooqTariffRepository::assignment);
    }

    private static TariffAssignment assignment(Record r) {
        return new TariffAssignment(r.get(TARIFF_ID), r.get(STATION_ID), r.get(SITE_ID), r.get(CUSTOMER_GROUP),
                r.get(CLOCK_VALID), instant(r.get(VALID_FROM)), instant(r.get(VALID_TO)));
    }
}
