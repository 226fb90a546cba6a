package de.ladewerk.billing.persistence;

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
