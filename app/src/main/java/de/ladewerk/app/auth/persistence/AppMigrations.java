package de.ladewerk.app.auth.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Flyway migrations of the application's own schema {@code app} (users, API tokens, fault acknowledgements). */
public final class AppMigrations {

    /** Where the app's migration scripts are on the class path. */
    public static final String LOCATION = "classpath:db/app";

    private AppMigrations() {
    }

    /** Brings schema {@code app} up to date; its own history table keeps it independent of the gateway's. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .schemas("app")
                .table("flyway_history")
                .load()
                .migrate();
    }
}
