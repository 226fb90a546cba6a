package de.ladewerk.billing.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** Wires billing's repositories to a PostgreSQL data source. */
public final class BillingDatabase {

    /** Flyway location of billing's migrations; they create everything in schema "billing". */
    public static final String MIGRATIONS = "classpath:db/billing";

    private final DSLContext db;

    public BillingDatabase(DataSource dataSource) {
        this.db = DSL.using(dataSource, SQLDialect.POSTGRES, new Settings().withRenderSchema(true));
    }

    /** Applies billing's migrations (the application normally does this for all modules). */
    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).schemas("billing").load().migrate();
    }

    /** Those of {@code sessionIds} that have a CDR or a hold (billing has decided on them). */
    public Set<String> settled(Collection<String> sessionIds) {
        String[] ids = sessionIds.toArray(String[]::new);
        return new HashSet<>(db.fetch("""
                SELECT session_id FROM billing.cdrs WHERE session_id = ANY(?::text[])
                UNION SELECT session_id FROM billing.held_sessions WHERE session_id = ANY(?::text[])""",
                ids, ids).getValues(0, String.class));
    }

    public JooqTariffRepository tariffs() {
        return new JooqTariffRepository(db);
    }

    public JooqCdrRepository cdrs() {
        return new JooqCdrRepository(db);
    }

    public JooqHeldSessionRepository heldSessions() {
        return new JooqHeldSessionRepository(db);
    }

    public JooqInvoiceRepository invoices() {
        return new JooqInvoiceRepository(db);
    }

    public JooqMeterKeyStore meterKeys() {
        return new JooqMeterKeyStore(db);
    }

    public JooqEichrechtStations eichrechtStations() {
        return new JooqEichrechtStations(db);
    }

    public JooqSignedValueArchive signedValues() {
        return new JooqSignedValueArchive(db);
    }
}
